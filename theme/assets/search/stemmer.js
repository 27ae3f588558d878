/*
 * The edition's stemmers for the browser: kzStem(word) for Kazakh, ruStem(word) for Russian.
 *
 * They are the C# stemmers the build's search index uses, step for step
 * (src/KzEdition/Search/KazakhStemmer.cs, KazakhSuffixes.cs, KazakhLexicon.cs, SearchText.cs and
 * RussianStemmer.cs), so that a word typed into the search box meets the stems the index holds.
 * Change both together: tests/vectors/stemmer.json and a test over every word of the corpus run
 * the two and fail on any difference. The method is described in the C# files and the README's
 * "Stemming" section.
 *
 * A plain script with no dependencies: it defines kzStem and ruStem on the global object.
 */
(function (global) {
  "use strict";

  // ---- Reading a word (SearchText.cs) ----------------------------------------------------------

  /** NFC with stress marks (U+0301, U+0300) removed; case kept (acronyms are told by it). */
  function prepare(word) {
    var text = String(word).normalize("NFC");
    if (text.indexOf("\u0301") < 0 && text.indexOf("\u0300") < 0) {
      return text;
    }
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (c !== "\u0301" && c !== "\u0300") {
        out += c;
      }
    }
    return out;
  }

  function lower(text) {
    return text.toLowerCase();
  }

  /** Only Cyrillic (U+0400–U+04FF) and ASCII letters: anything else is not a word to stem. */
  function isAllLetters(text) {
    if (text.length === 0) {
      return false;
    }
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (!((c >= "\u0400" && c <= "\u04FF") || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z"))) {
        return false;
      }
    }
    return true;
  }

  function endsWith(text, suffix) {
    return text.length >= suffix.length && text.substring(text.length - suffix.length) === suffix;
  }

  // ---- Kazakh: letter classes (LetterClass.cs) -------------------------------------------------

  var VOWEL = 1, SONANT = 2, LATERAL = 4, NASAL = 8, SIBILANT = 16, VOICELESS = 32;
  var VOICED = SONANT | LATERAL | NASAL | SIBILANT;
  var CONSONANT = VOICED | VOICELESS;
  var ANY = VOWEL | CONSONANT;

  var MIN_STEM_LENGTH = 2;
  var MAX_ACRONYM_LENGTH = 5;

  // ---- Kazakh: suffix tables (KazakhSuffixes.cs), outermost slot first --------------------------

  function sfx(text, follows, options) {
    options = options || {};
    return {
      text: text,
      follows: follows,
      rule: options.rule || "",
      minRemainder: options.min || MIN_STEM_LENGTH,
      verbal: options.verbal === true,
      harmonic: options.harmonic !== false
    };
  }

  /** Longest first; among suffixes of one length the declared order is kept (a stable sort). */
  function longest(list) {
    var indexed = list.map(function (suffix, index) { return { suffix: suffix, index: index }; });
    indexed.sort(function (a, b) {
      return (b.suffix.text.length - a.suffix.text.length) || (a.index - b.index);
    });
    return indexed.map(function (item) { return item.suffix; });
  }

  var V = VOWEL, J = SONANT, L = LATERAL, N = NASAL, Z = SIBILANT, T = VOICELESS;
  var VERB = { verbal: true };

  var PERSON = longest([
    sfx("мын", V | J | L | N, { rule: "notAfterHighVowel" }),
    sfx("мін", V | J | L | N, { rule: "notAfterHighVowel" }),
    sfx("бын", Z), sfx("бін", Z),
    sfx("пын", T), sfx("пін", T),
    sfx("сың", ANY), sfx("сің", ANY),
    sfx("мыз", V | J | L | N), sfx("міз", V | J | L | N),
    sfx("быз", Z), sfx("біз", Z),
    sfx("пыз", T), sfx("піз", T),
    sfx("ымыз", CONSONANT), sfx("іміз", CONSONANT),
    sfx("сыңдар", ANY), sfx("сіңдер", ANY),
    sfx("сыздар", ANY), sfx("сіздер", ANY)
  ]);

  var RELATIVE = longest([
    sfx("ғы", V, { rule: "afterLocative" }), sfx("гі", V, { rule: "afterLocative" })
  ]);

  var RELATIVE_ADJECTIVE = longest([
    sfx("ғы", VOICED), sfx("гі", VOICED),
    sfx("қы", T), sfx("кі", T)
  ]);

  var CASE = longest([
    // Genitive.
    sfx("ның", V | N), sfx("нің", V | N),
    sfx("дың", J | L | Z), sfx("дің", J | L | Z),
    sfx("тың", T), sfx("тің", T),
    // Accusative.
    sfx("ны", V, { rule: "notAfterParticiple", min: 3 }),
    sfx("ні", V, { rule: "notAfterParticiple", min: 3 }),
    sfx("ды", VOICED), sfx("ді", VOICED),
    sfx("ты", T), sfx("ті", T),
    sfx("н", V, { rule: "afterPossessive" }),
    // Dative.
    sfx("ға", V | VOICED), sfx("ге", V | VOICED),
    sfx("қа", T), sfx("ке", T),
    sfx("на", V, { rule: "afterPossessive" }), sfx("не", V, { rule: "afterPossessive" }),
    // Locative.
    sfx("да", V | VOICED), sfx("де", V | VOICED),
    sfx("та", T), sfx("те", T),
    sfx("нда", V, { rule: "afterPossessive" }), sfx("нде", V, { rule: "afterPossessive" }),
    // Ablative.
    sfx("дан", V | J | L | Z), sfx("ден", V | J | L | Z),
    sfx("нан", N), sfx("нен", N),
    sfx("нан", V, { rule: "afterPossessive" }), sfx("нен", V, { rule: "afterPossessive" }),
    sfx("тан", T, { rule: "notAfterS" }), sfx("тен", T),
    // Instrumental.
    sfx("мен", V | J | L | N, { harmonic: false }), sfx("менен", V | J | L | N, { harmonic: false }),
    sfx("бен", N | Z, { harmonic: false }), sfx("бенен", N | Z, { harmonic: false }),
    sfx("пен", T, { harmonic: false }), sfx("пенен", T, { harmonic: false }),
    // Present tense, third person.
    sfx("ады", CONSONANT, { rule: "present", verbal: true }), sfx("еді", CONSONANT, { rule: "present", verbal: true }),
    sfx("йды", V, { rule: "verbShaped", verbal: true }), sfx("йді", V, { rule: "verbShaped", verbal: true }),
    sfx("иды", CONSONANT, VERB), sfx("иді", CONSONANT, VERB),
    // Negative present and past.
    sfx("майды", V | J | L | N, VERB), sfx("мейді", V | J | L | N, VERB),
    sfx("байды", N | Z, VERB), sfx("бейді", N | Z, VERB),
    sfx("пайды", T, VERB), sfx("пейді", T, VERB),
    sfx("мады", V | J | L | N, VERB), sfx("меді", V | J | L | N, VERB),
    sfx("бады", N | Z, VERB), sfx("беді", N | Z, VERB),
    sfx("пады", T, VERB), sfx("педі", T, VERB),
    // Past -ды/-ді after a vowel.
    sfx("ды", V, { min: 3, verbal: true }), sfx("ді", V, { min: 3, verbal: true }),
    // Converb.
    sfx("ып", CONSONANT, VERB), sfx("іп", CONSONANT, VERB),
    sfx("п", V, { rule: "verbShaped", verbal: true }),
    // Conditional.
    sfx("са", ANY, { rule: "conditional", min: 3, verbal: true }),
    sfx("се", ANY, { rule: "conditional", min: 3, verbal: true }),
    // First person plural.
    sfx("дық", V, { min: 3, verbal: true }), sfx("дік", V, { min: 3, verbal: true }),
    sfx("дық", VOICED, { rule: "derivedVerb", verbal: true }), sfx("дік", VOICED, { rule: "derivedVerb", verbal: true }),
    sfx("тық", T, { rule: "derivedVerb", verbal: true }), sfx("тік", T, { rule: "derivedVerb", verbal: true }),
    sfx("сақ", ANY, { rule: "verbShaped", verbal: true }), sfx("сек", ANY, { rule: "verbShaped", verbal: true }),
    // Past with a personal ending: -ды-м, -ды-ң (after a vowel: the genitive there is -ның), -ды-ңыз, -ды-ңдар.
    // After a consonant only where the stem ends as a verb does (an adjective in -ды/-ты takes the
    // possessive -м, -ңыз: мәнді-м, әділетті-ңіз).
    sfx("дым", V, { min: 3, verbal: true }), sfx("дім", V, { min: 3, verbal: true }),
    sfx("дым", VOICED, { rule: "consonantVerb", verbal: true }), sfx("дім", VOICED, { rule: "consonantVerb", verbal: true }),
    sfx("тым", T, { rule: "consonantVerb", verbal: true }), sfx("тім", T, { rule: "consonantVerb", verbal: true }),
    sfx("дың", V, { min: 3, verbal: true }), sfx("дің", V, { min: 3, verbal: true }),
    sfx("дыңыз", V, VERB), sfx("діңіз", V, VERB),
    sfx("дыңыз", VOICED, { rule: "consonantVerb", verbal: true }), sfx("діңіз", VOICED, { rule: "consonantVerb", verbal: true }),
    sfx("тыңыз", T, { rule: "consonantVerb", verbal: true }), sfx("тіңіз", T, { rule: "consonantVerb", verbal: true }),
    sfx("дыңдар", V, VERB), sfx("діңдер", V, VERB),
    sfx("дыңдар", VOICED, { rule: "consonantVerb", verbal: true }), sfx("діңдер", VOICED, { rule: "consonantVerb", verbal: true }),
    sfx("тыңдар", T, { rule: "consonantVerb", verbal: true }), sfx("тіңдер", T, { rule: "consonantVerb", verbal: true }),
    sfx("дыңыздар", V, VERB), sfx("діңіздер", V, VERB),
    sfx("дыңыздар", VOICED, { rule: "consonantVerb", verbal: true }), sfx("діңіздер", VOICED, { rule: "consonantVerb", verbal: true }),
    sfx("тыңыздар", T, { rule: "consonantVerb", verbal: true }), sfx("тіңіздер", T, { rule: "consonantVerb", verbal: true }),
    // Participles.
    sfx("атын", CONSONANT, { rule: "verbStem", verbal: true }), sfx("етін", CONSONANT, { rule: "verbStem", verbal: true }),
    sfx("йтын", V, VERB), sfx("йтін", V, VERB),
    sfx("итын", CONSONANT, VERB), sfx("итін", CONSONANT, VERB),
    // Future participle.
    sfx("ар", CONSONANT, { rule: "knownVerbStem", verbal: true }), sfx("ер", CONSONANT, { rule: "knownVerbStem", verbal: true }),
    // Present before a singular personal ending.
    sfx("а", CONSONANT, { rule: "afterSingularPerson", verbal: true }), sfx("е", CONSONANT, { rule: "afterSingularPerson", verbal: true }),
    sfx("й", V, { rule: "afterSingularPerson", verbal: true }),
    sfx("й", V, { rule: "afterPersonVerbShaped", verbal: true }),
    // Converb -а/-е (бол-а, кел-е), only after a verb the stemmer knows.
    sfx("а", CONSONANT, { rule: "knownVerbStem", verbal: true }), sfx("е", CONSONANT, { rule: "knownVerbStem", verbal: true })
  ]);

  var POSSESSIVE = longest([
    sfx("сы", V, { rule: "afterVowelStem", min: 3 }),
    sfx("сі", V, { rule: "afterVowelStem", min: 3 }),
    sfx("ы", CONSONANT, { rule: "notAfterAgentSh" }), sfx("і", CONSONANT, { rule: "notAfterAgentSh" }),
    sfx("і", CONSONANT, { rule: "afterLoanword", harmonic: false }),
    sfx("мыз", V), sfx("міз", V),
    sfx("ымыз", CONSONANT), sfx("іміз", CONSONANT),
    sfx("ыңыз", CONSONANT), sfx("іңіз", CONSONANT)
  ]);

  var PLURAL = longest([
    sfx("лар", V | J), sfx("лер", V | J),
    sfx("дар", L | N | Z), sfx("дер", L | N | Z),
    sfx("тар", T), sfx("тер", T)
  ]);

  var NOMINALISER = longest([
    sfx("дық", ANY, { rule: "afterParticiple" }), sfx("дік", ANY, { rule: "afterParticiple" }),
    sfx("дығ", ANY, { rule: "afterParticiple" }), sfx("діг", ANY, { rule: "afterParticiple" }),
    sfx("тық", ANY, { rule: "afterParticiple" }), sfx("тік", ANY, { rule: "afterParticiple" }),
    sfx("тығ", ANY, { rule: "afterParticiple" }), sfx("тіг", ANY, { rule: "afterParticiple" })
  ]);

  var DEVERBAL = longest([
    sfx("атын", CONSONANT, { rule: "verbStem", verbal: true }), sfx("етін", CONSONANT, { rule: "verbStem", verbal: true }),
    sfx("йтын", V, VERB), sfx("йтін", V, VERB),
    sfx("итын", CONSONANT, VERB), sfx("итін", CONSONANT, VERB),
    sfx("ған", V | VOICED, VERB), sfx("ген", V | VOICED, VERB),
    sfx("қан", T, VERB), sfx("кен", T, VERB),
    sfx("у", CONSONANT, VERB),
    sfx("у", V, { min: 4, verbal: true })
  ]);

  var NEGATION = longest([
    sfx("ма", V | J | L), sfx("ме", V | J | L),
    sfx("ба", N | Z), sfx("бе", N | Z),
    sfx("па", T), sfx("пе", T)
  ]);

  var VOICE = longest([
    sfx("ыл", CONSONANT, { rule: "knownVerbStem" }), sfx("іл", CONSONANT, { rule: "knownVerbStem" }),
    sfx("ын", L, { rule: "knownVerbStem" }), sfx("ін", L, { rule: "knownVerbStem" }),
    sfx("л", V, { rule: "knownVerbStem" })
  ]);

  // ---- Kazakh: words known by name (KazakhLexicon.cs) -------------------------------------------

  var PROTECTED = new Set([
    "мен", "сен", "біз", "сіз", "сендер", "сіздер",
    "менің", "сенің", "біздің", "сіздің", "маған", "саған", "мені", "сені",
    "менде", "сенде", "менен", "сенен", "өз", "өзі", "өзара",
    "осы", "сол", "мына", "ана", "анау", "мынау",
    "осында", "сонда", "осыдан", "содан", "осындай", "сондай", "мұндай",
    "қандай", "қалай", "қайда", "қашан", "неге", "неше", "кім", "не", "қай", "барлық", "бәрі",
    "бүкіл", "әр", "әрбір", "кейбір", "бірнеше", "біреу",
    "және", "пен", "бен", "да", "де", "та", "те", "ма", "ме", "ба", "бе", "па", "пе", "ғой",
    "ғана", "қана", "тек", "бірақ", "алайда", "егер", "немесе", "әлде", "яғни", "себебі",
    "сондықтан", "өйткені", "әрі", "әлі", "ал", "үшін", "туралы", "арқылы", "бойынша",
    "сияқты", "секілді", "кейін", "бұрын", "дейін", "шейін", "бері", "қарай", "сайын", "бірге",
    "деп", "деген", "дейді", "еді", "екен", "емес", "өте", "ең", "тым", "аса", "енді", "тағы",
    "қайта", "тіпті", "әсіресе", "әйтсе", "кейде", "бүгін", "ертең", "кеше", "қазір", "қоса",
    "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он", "жиырма", "отыз",
    "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан", "жүз", "мың", "миллион", "миллиард",
    "орын", "ойын", "қиын", "ағын", "тұрғын", "келін", "мойын", "қойын", "түйін", "тегін", "шын",
    "үлкен", "қарсы", "жалпы", "ұлы", "белгі", "кітап", "талап", "мектеп", "себеп", "жауап",
    "бейтарап", "қатар", "адам", "ислам", "сауда", "келесі", "солар", "сонымен", "осымен", "баға",
    "алматы", "арнайы", "ағылшын", "айқын", "дайын", "алтын", "жақын", "ұзын", "жасырын",
    "шілде", "пайда", "мүмкін", "соның", "есірткі",
    "алға", "жақында", "қала", "сала", "ала", "техногендік"
  ]);

  var PRONOUNS = new Map([
    ["ол", "ол"], ["оның", "ол"], ["оған", "ол"], ["оны", "ол"], ["онда", "ол"], ["одан", "ол"], ["онымен", "ол"],
    ["олар", "ол"],
    ["бұл", "бұл"], ["бұның", "бұл"], ["мұның", "бұл"], ["бұған", "бұл"], ["мұған", "бұл"], ["бұны", "бұл"],
    ["мұны", "бұл"], ["бұнда", "бұл"], ["мұнда", "бұл"], ["бұдан", "бұл"], ["мұнан", "бұл"], ["бұнымен", "бұл"],
    ["мұнымен", "бұл"], ["бұлар", "бұл"]
  ]);

  var VERB_STEMS = new Set([
    "бол", "ет", "тұр", "жат", "ал", "бер", "кел", "кір", "айт", "біл", "көр", "қал", "сал", "бар",
    "шық", "түс", "жүр", "отыр", "өт", "кет", "жет", "тап", "таб", "көрсет", "атқар", "қатыс",
    "жаса", "қабылда", "қолда", "айқында", "раста", "көзде", "істе", "ақта", "ата", "баста", "сақта",
    "әзірле", "ізде", "жолда", "белгіле", "мойында", "тағайында", "ретте", "зертте", "даярла", "дайында",
    "бақыла", "талқыла", "жоспарла", "шекте", "кеңей", "күшей", "өткіз", "асыр", "жеткіз", "жүргіз",
    "тарт", "шеш", "қой", "басқар", "дамыт", "нығайт", "бекіт", "жібер", "ескер", "орнат", "арттыр",
    "жетілдір", "көтер", "енгіз", "білдір", "келтір", "тудыр", "аудар", "ауыстыр", "жаз", "бөл", "құр",
    "сен", "қолдан", "пайдалан", "ұйымдастыр", "қарастыр", "жина", "жой", "кеңейт", "күшейт", "байқа"
  ]);

  var VERB_STEM_ENDINGS = ["ыл", "іл", "ал", "ел", "ыр", "ір", "ын", "ін", "ан", "ен"];
  var DERIVED_VERB_ENDINGS = ["дыр", "дір", "тыр", "тір", "ғыз", "гіз", "қыз", "кіз", "лан", "лен"];
  var VOICE_VERB_ENDINGS = ["ыл", "іл", "лас", "лес", "дас", "дес", "тас", "тес", "ыс", "іс"];

  var STEM_FLOORS = [
    "кеңес", "қатынас", "күрес", "процес", "орган", "форум", "көлем", "одақ", "төраға", "тасқын"
  ];

  var LOANWORD_STEMS = new Map([["рол", "рөл"], ["роль", "рөл"]]);

  var VERB_ALTERNATIONS = new Map([["тау", "тап"], ["қоя", "қой"]]);

  var PARTICIPLES = ["атын", "етін", "йтын", "йтін", "итын", "итін", "ған", "ген", "қан", "кен"];

  var ELIDED_STEMS = new Map([
    ["халқ", "халық"], ["орн", "орын"], ["ауз", "ауыз"], ["ерн", "ерін"], ["мұрн", "мұрын"],
    ["қалп", "қалып"], ["даус", "дауыс"], ["көрк", "көрік"], ["ырқ", "ырық"], ["мойн", "мойын"],
    ["қойн", "қойын"], ["ерк", "ерік"], ["бөрк", "бөрік"], ["құлқ", "құлық"], ["қарн", "қарын"]
  ]);

  // ---- Kazakh: the stemmer (KazakhStemmer.cs) ---------------------------------------------------

  function kzStem(word) {
    var text = prepare(word);
    var hyphen = text.lastIndexOf("-");
    if (hyphen > 0 && hyphen < text.length - 1) {
      var head = text.substring(0, hyphen);
      var tail = lower(text.substring(hyphen + 1));
      return isEndingsOnly(tail) ? stemPart(head) : lower(head) + "-" + stemPart(tail);
    }
    return stemPart(text);
  }

  function stemPart(part) {
    if (!isAllLetters(part) || isAcronym(part)) {
      return lower(part);
    }

    var word = lower(part);
    if (word.length <= MIN_STEM_LENGTH || isKept(word)) {
      return kept(word);
    }

    var state = { stem: word, stripped: null, floor: floorOf(word) };
    var verbal = false;
    var singularPerson = false;
    var person = false;

    if (strip(state, PERSON, false)) {
      var t = state.stripped.text;
      person = t !== "ымыз" && t !== "іміз";
      singularPerson = t === "мын" || t === "мін" || t === "бын" || t === "бін" || t === "пын" || t === "пін" || t === "сың" || t === "сің";
      if (isKept(state.stem)) {
        return kept(state.stem);
      }
    }

    var slots = [RELATIVE, CASE, POSSESSIVE, PLURAL, NOMINALISER, DEVERBAL];
    for (var s = 0; s < slots.length; s++) {
      if (isRelativeAdjective(state)) {
        return state.stem;
      }
      if (strip(state, slots[s], singularPerson, person)) {
        verbal = verbal || state.stripped.verbal;
        singularPerson = false;
        person = false;
        if (isKept(state.stem)) {
          return kept(state.stem);
        }
      }
    }

    if (verbal && strip(state, NEGATION, false) && isKept(state.stem)) {
      return kept(state.stem);
    }

    if (strip(state, VOICE, false) && isKept(state.stem)) {
      return kept(state.stem);
    }

    return repair(state.stem, verbal);
  }

  function isKept(stem) {
    return PROTECTED.has(stem) || PRONOUNS.has(stem);
  }

  /** A protected word as it is; a pronoun's form as its pronoun (оның, олар → ол). */
  function kept(stem) {
    return PRONOUNS.has(stem) ? PRONOUNS.get(stem) : stem;
  }

  /** The length of the longest stem of STEM_FLOORS the word begins with (its last letter may be voiced: одағ-ы), or 0. */
  function floorOf(word) {
    var floor = 0;
    for (var i = 0; i < STEM_FLOORS.length; i++) {
      var stem = STEM_FLOORS[i];
      if (stem.length > floor && word.length >= stem.length && word.substring(0, stem.length - 1) === stem.substring(0, stem.length - 1) &&
          (word[stem.length - 1] === stem[stem.length - 1] || word[stem.length - 1] === voiced(stem[stem.length - 1]))) {
        floor = stem.length;
      }
    }
    return floor;
  }

  function voiced(letter) {
    return letter === "п" ? "б" : letter === "к" ? "г" : letter === "қ" ? "ғ" : letter;
  }

  /** Whether the stem ends in the relative -ғы/-гі/-қы/-кі after a consonant: an adjective, kept whole (жылғы, ішкі). */
  function isRelativeAdjective(state) {
    for (var i = 0; i < RELATIVE_ADJECTIVE.length; i++) {
      var suffix = RELATIVE_ADJECTIVE[i];
      if (endsWith(state.stem, suffix.text) && allows(state, suffix, false)) {
        return true;
      }
    }
    return false;
  }

  /** Strips the longest suffix of the slot whose conditions hold; false when none does. */
  function strip(state, slot, afterSingularPerson, afterPerson) {
    for (var i = 0; i < slot.length; i++) {
      var suffix = slot[i];
      if (endsWith(state.stem, suffix.text) && allows(state, suffix, afterSingularPerson, afterPerson)) {
        state.stem = state.stem.substring(0, state.stem.length - suffix.text.length);
        state.stripped = suffix;
        return true;
      }
    }
    return false;
  }

  function allows(state, suffix, afterSingularPerson, afterPerson) {
    var stem = state.stem;
    var remainderLength = stem.length - suffix.text.length;
    if (remainderLength < Math.max(suffix.minRemainder, MIN_STEM_LENGTH, state.floor)) {
      return false;
    }

    var remainder = stem.substring(0, remainderLength);
    if (!containsVowel(remainder) || (classify(remainder) & suffix.follows) === 0) {
      return false;
    }

    if (suffix.harmonic) {
      var suffixIsBack = harmonyOf(suffix.text);
      var stemIsBack = harmonyOf(remainder);
      if (suffixIsBack !== null && stemIsBack !== null && suffixIsBack !== stemIsBack) {
        return false;
      }
    }

    var last = remainder[remainder.length - 1];
    switch (suffix.rule) {
      case "afterPossessive": return last === "ы" || last === "і";
      case "notAfterS": return last !== "с";
      case "conditional": return last !== "с" && !afterPerson && !VERB_STEMS.has(stem.substring(0, remainderLength + 1));
      case "present": return last !== "д" && !VERB_STEMS.has(stem.substring(0, remainderLength + 1)) &&
        !(isDenominalVerb(stem.substring(0, remainderLength + 1)) && !isPassiveOf(remainder));
      case "afterSingularPerson": return afterSingularPerson;
      case "knownVerbStem": return VERB_STEMS.has(remainder);
      case "verbShaped": return VERB_STEMS.has(remainder) || isDenominalVerb(remainder);
      case "consonantVerb": return VERB_STEMS.has(remainder) || isDerivedVerb(remainder) || isVoiceVerb(remainder);
      case "derivedVerb": return VERB_STEMS.has(remainder) || isDerivedVerb(remainder);
      case "afterPersonVerbShaped": return afterPerson && (VERB_STEMS.has(remainder) || isDenominalVerb(remainder));
      case "verbStem": return isVerbStem(remainder);
      case "afterLocative":
        return endsWith(remainder, "да") || endsWith(remainder, "де") || endsWith(remainder, "та") || endsWith(remainder, "те");
      case "notAfterHighVowel": return last !== "ы" && last !== "і";
      case "notAfterParticiple":
        return !(endsWith(remainder, "ға") || endsWith(remainder, "ге") || endsWith(remainder, "қа") || endsWith(remainder, "ке") ||
          endsWith(remainder, "аты") || endsWith(remainder, "еті") || endsWith(remainder, "йты") || endsWith(remainder, "йті") ||
          endsWith(remainder, "иты") || endsWith(remainder, "иті"));
      case "afterVowelStem":
        return (last !== "ы" && last !== "і") || remainder[remainder.length - 2] === "ш" || endsWith(remainder, "кті");
      case "afterLoanword":
        return harmonyOf(remainder) === true && (isConsonantLetter(remainder[remainder.length - 2]) || LOANWORD_STEMS.has(remainder));
      case "afterParticiple": return isParticiple(remainder);
      case "notAfterAgentSh": return last !== "ш" || remainder.length < 4;
      default: return true;
    }
  }

  /** Whether the text is екен or ends in a participle after at least two letters: болатын-дық, кеткен-дік. */
  function isParticiple(text) {
    if (text === "екен") {
      return true;
    }
    for (var i = 0; i < PARTICIPLES.length; i++) {
      if (text.length >= PARTICIPLES[i].length + MIN_STEM_LENGTH && endsWith(text, PARTICIPLES[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a stem ends in the denominal verb suffix -ла/-ле in the variant Kazakh writes after its last
   * letter: -ла after a vowel or й у р, -да after л м н ң ж з, -та after a voiceless consonant (жоспар-ла,
   * қабыл-да, зерт-те), with three letters before it at least (сала, қала, кіта(п) are no verbs).
   */
  function isDenominalVerb(stem) {
    if (stem.length < 5) { return false; }
    var tail = stem.substring(stem.length - 2), before = classify(stem.substring(0, stem.length - 2));
    if (tail === "ла" || tail === "ле") { return (before & (V | J)) !== 0; }
    if (tail === "да" || tail === "де") { return (before & (L | N | Z)) !== 0; }
    if (tail === "та" || tail === "те") { return (before & T) !== 0; }
    return false;
  }

  /**
   * Whether a stem in -л is the passive of a verb (оқы-л, жаса-л): a known verb, or a stem in ы/і, which
   * no denominal -ла follows (оқыл-ады is present, not оқыла-ды).
   */
  function isPassiveOf(stem) {
    if (stem[stem.length - 1] !== "л") { return false; }
    var before = stem[stem.length - 2];
    return before === "ы" || before === "і" || VERB_STEMS.has(stem.substring(0, stem.length - 1));
  }

  /** Whether a stem ends in a suffix that makes verbs: a causative, or the reflexive -лан/-лен of a denominal verb. */
  function isDerivedVerb(stem) {
    if (stem.length < 5) { return false; }
    var before = function (n) { return stem[stem.length - n - 1]; };
    for (var i = 0; i < DERIVED_VERB_ENDINGS.length; i++) {
      var ending = DERIVED_VERB_ENDINGS[i];
      if (!endsWith(stem, ending)) { continue; }
      var prior = before(ending.length);
      // A causative -дыр/-ғыз follows a consonant (жетіл-дір, жүр-гіз; батыр, негіз are nouns); -лан
      // ends a stem of six letters at least (пайда-лан, жоспар-лан; жылан is a noun).
      if (ending !== "лан" && ending !== "лен" && !isConsonantLetter(prior) && prior !== "у") { continue; }
      if ((ending === "лан" || ending === "лен") && stem.length < 6) { continue; }
      return true;
    }
    return false;
  }

  /**
   * Whether a stem ends in the passive -ыл or the reciprocal -лас/-дас/-тас, -ыс (жасыл-, достас, соғыс): a verb
   * before -дым, -дың, but not before -дық, which makes nouns of them (екіжыл-дық, ынтымақтас-тық).
   */
  function isVoiceVerb(stem) {
    if (stem.length < 5) { return false; }
    for (var i = 0; i < VOICE_VERB_ENDINGS.length; i++) {
      if (endsWith(stem, VOICE_VERB_ENDINGS[i])) { return true; }
    }
    return false;
  }

  function isVerbStem(remainder) {
    if (VERB_STEMS.has(remainder)) {
      return true;
    }
    for (var i = 0; i < VERB_STEM_ENDINGS.length; i++) {
      if (endsWith(remainder, VERB_STEM_ENDINGS[i])) {
        return true;
      }
    }
    return false;
  }

  function repair(stem, verbal) {
    // A verb stem in ы/і loses it before -у (дамы-ған, даму): drop it after every verb ending.
    var last = stem[stem.length - 1];
    if (verbal && stem.length > MIN_STEM_LENGTH && (last === "ы" || last === "і") && isConsonantLetter(stem[stem.length - 2])) {
      stem = stem.substring(0, stem.length - 1);
    }

    // No Kazakh word ends in б, г, ғ: they are п, к, қ voiced before a vowel (кітап, кітабы).
    last = stem[stem.length - 1];
    var voiceless = last === "б" ? "п" : last === "г" ? "к" : last === "ғ" ? "қ" : last;
    if (voiceless !== last) {
      stem = stem.substring(0, stem.length - 1) + voiceless;
    }

    // A loanword's double final с is one before an ending (процесс, процесі); an -і after its final -кт
    // only joins an ending (факт, фактілер, акті-сі).
    if (endsWith(stem, "сс")) {
      stem = stem.substring(0, stem.length - 1);
    } else if (!verbal && endsWith(stem, "кті") && stem.length > 3) {
      stem = stem.substring(0, stem.length - 1);
    }

    if (verbal && VERB_ALTERNATIONS.has(stem)) {
      return VERB_ALTERNATIONS.get(stem);
    }

    if (LOANWORD_STEMS.has(stem)) {
      return LOANWORD_STEMS.get(stem);
    }

    return ELIDED_STEMS.has(stem) ? ELIDED_STEMS.get(stem) : stem;
  }

  /** Whether a hyphenated word's last part is endings alone (НАТО-ның, КСРО-дағы, ЕО-мен). */
  function isEndingsOnly(tail) {
    if (!isAllLetters(tail)) {
      return false;
    }
    var rest = tail;
    var slots = [PERSON, RELATIVE, CASE, POSSESSIVE, PLURAL];
    for (var s = 0; s < slots.length; s++) {
      var slot = slots[s];
      for (var i = 0; i < slot.length; i++) {
        if (!slot[i].verbal && endsWith(rest, slot[i].text)) {
          rest = rest.substring(0, rest.length - slot[i].text.length);
          break;
        }
      }
      if (rest.length === 0) {
        return true;
      }
    }
    return false;
  }

  function isAcronym(part) {
    if (part.length < 2 || part.length > MAX_ACRONYM_LENGTH) {
      return false;
    }
    for (var i = 0; i < part.length; i++) {
      if (part[i].toLowerCase() === part[i]) {
        return false;
      }
    }
    return true;
  }

  function classifyLetter(c) {
    switch (c) {
      case "а": case "ә": case "е": case "ё": case "и": case "о": case "ө": case "ұ": case "ү":
      case "ы": case "і": case "э": case "ю": case "я":
        return VOWEL;
      case "й": case "у": case "р":
        return SONANT;
      case "л":
        return LATERAL;
      case "м": case "н": case "ң":
        return NASAL;
      case "ж": case "з":
        return SIBILANT;
      default:
        return VOICELESS;
    }
  }

  function classify(remainder) {
    var last = remainder[remainder.length - 1];
    if ((last === "ь" || last === "ъ") && remainder.length > 1) {
      last = remainder[remainder.length - 2];
    }
    return classifyLetter(last);
  }

  function isConsonantLetter(c) {
    return classifyLetter(c) !== VOWEL && c !== "у";
  }

  function containsVowel(text) {
    for (var i = 0; i < text.length; i++) {
      if (text[i] === "у" || classifyLetter(text[i]) === VOWEL) {
        return true;
      }
    }
    return false;
  }

  /** true for back, false for front, null when the text shows neither (see KazakhStemmer.HarmonyOf). */
  function harmonyOf(text) {
    if (text[text.length - 1] === "ь") {
      return false;
    }
    for (var i = text.length - 1; i >= 0; i--) {
      var c = text[i];
      if (c === "а" || c === "о" || c === "ұ" || c === "ы" || c === "я") {
        return true;
      }
      if (c === "е" && i > 0 && !isConsonantLetter(text[i - 1])) {
        continue;
      }
      if (c === "ә" || c === "е" || c === "ө" || c === "ү" || c === "і" || c === "э" || c === "и") {
        return false;
      }
      if (c === "у" && i > 0 && i < text.length - 1 && isConsonantLetter(text[i - 1]) && isConsonantLetter(text[i + 1])) {
        return true;
      }
    }
    return null;
  }

  // ---- Russian: the Snowball stemmer (RussianStemmer.cs) ----------------------------------------

  var RU_PERFECTIVE_GERUND_1 = ["в", "вши", "вшись"];
  var RU_PERFECTIVE_GERUND_2 = ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"];
  var RU_ADJECTIVE = ["ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом",
    "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"];
  var RU_PARTICIPLE_1 = ["ем", "нн", "вш", "ющ", "щ"];
  var RU_PARTICIPLE_2 = ["ивш", "ывш", "ующ"];
  var RU_REFLEXIVE = ["ся", "сь"];
  var RU_VERB_1 = ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"];
  var RU_VERB_2 = ["ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен",
    "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю"];
  var RU_NOUN = ["а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й",
    "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я"];
  var RU_DERIVATIONAL = ["ост", "ость"];
  var RU_TIDY_UP = ["ейш", "ейше", "н", "ь"];

  function ruStem(word) {
    var w = { s: lower(prepare(word)).replace(/ё/g, "е") };
    var regions = ruRegions(w.s);
    var rv = regions.rv;

    // Step 1.
    if (!ruRemoveGrouped(w, rv, RU_PERFECTIVE_GERUND_1, RU_PERFECTIVE_GERUND_2)) {
      ruRemove(w, rv, RU_REFLEXIVE);
      if (ruRemove(w, rv, RU_ADJECTIVE)) {
        ruRemoveGrouped(w, rv, RU_PARTICIPLE_1, RU_PARTICIPLE_2);
      } else if (!ruRemoveGrouped(w, rv, RU_VERB_1, RU_VERB_2)) {
        ruRemove(w, rv, RU_NOUN);
      }
    }

    // Step 2.
    if (w.s.length - 1 >= rv && endsWith(w.s, "и")) {
      w.s = w.s.substring(0, w.s.length - 1);
    }

    // Step 3: the ending must start inside R2.
    var derivational = ruLongest(w.s, rv, RU_DERIVATIONAL);
    if (derivational !== null && w.s.length - derivational.length >= regions.r2) {
      w.s = w.s.substring(0, w.s.length - derivational.length);
    }

    // Step 4.
    switch (ruLongest(w.s, rv, RU_TIDY_UP)) {
      case "ейш":
        w.s = w.s.substring(0, w.s.length - 3);
        ruUndoubleN(w, rv);
        break;
      case "ейше":
        w.s = w.s.substring(0, w.s.length - 4);
        ruUndoubleN(w, rv);
        break;
      case "н":
        ruUndoubleN(w, rv);
        break;
      case "ь":
        w.s = w.s.substring(0, w.s.length - 1);
        break;
    }

    return w.s;
  }

  function ruIsVowel(c) {
    return c === "а" || c === "е" || c === "и" || c === "о" || c === "у" || c === "ы" || c === "э" || c === "ю" || c === "я";
  }

  function ruRegions(s) {
    var rv = s.length;
    var r2 = s.length;
    var i = 0;
    while (i < s.length && !ruIsVowel(s[i])) {
      i++;
    }
    if (i < s.length) {
      rv = i + 1;
      var r1 = ruAfterVowelConsonant(s, rv - 1);
      if (r1 < s.length) {
        r2 = ruAfterVowelConsonant(s, r1);
      }
    }
    return { rv: rv, r2: r2 };
  }

  function ruAfterVowelConsonant(s, from) {
    var i = from;
    while (i < s.length && !ruIsVowel(s[i])) {
      i++;
    }
    while (i < s.length && ruIsVowel(s[i])) {
      i++;
    }
    return i < s.length ? i + 1 : s.length;
  }

  function ruLongest(s, rv, endings) {
    var found = null;
    for (var i = 0; i < endings.length; i++) {
      var ending = endings[i];
      if ((found === null || ending.length > found.length) && s.length - ending.length >= rv && endsWith(s, ending)) {
        found = ending;
      }
    }
    return found;
  }

  function ruRemove(w, rv, endings) {
    var ending = ruLongest(w.s, rv, endings);
    if (ending === null) {
      return false;
    }
    w.s = w.s.substring(0, w.s.length - ending.length);
    return true;
  }

  function ruRemoveGrouped(w, rv, group1, group2) {
    var first = ruLongest(w.s, rv, group1);
    var second = ruLongest(w.s, rv, group2);
    if (second !== null && (first === null || second.length > first.length)) {
      w.s = w.s.substring(0, w.s.length - second.length);
      return true;
    }
    if (first === null) {
      return false;
    }
    var before = w.s.length - first.length - 1;
    if (before < rv || (w.s[before] !== "а" && w.s[before] !== "я")) {
      return false;
    }
    w.s = w.s.substring(0, w.s.length - first.length);
    return true;
  }

  function ruUndoubleN(w, rv) {
    if (w.s.length - 2 >= rv && endsWith(w.s, "нн")) {
      w.s = w.s.substring(0, w.s.length - 1);
    }
  }

  global.kzStem = kzStem;
  global.ruStem = ruStem;
})(typeof globalThis !== "undefined" ? globalThis : this);
