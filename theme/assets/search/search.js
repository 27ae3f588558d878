/*
 * The edition's search, in the browser: KzSearch.create(base, fetchJson) gives a searcher over the
 * index the build wrote under search/ (src/KzEdition/Search/SearchIndexBuilder.cs describes the
 * files), and the search page (search/index.html) is wired up at the end.
 *
 * A query word is read the way the index filed the text: stemmed (stemmer.js, the same stemmers
 * as the build's) and keyed (key(), the table of SearchKey.cs), so inflected forms, НАТО-ның,
 * Latin script (Qazaqstan) and Cyrillic typed without Kazakh letters (казакстан) all meet. A
 * word whose key the index lacks falls back to the longest key of the index it begins with
 * (four letters at least): Latin typed without diacritics cannot always be stemmed. Ranking is
 * BM25 over paragraphs; a paragraph with more of the query's words always ranks first (those with
 * fewer follow: a reader's words for a topic are rarely all in one paragraph), then one that names
 * the index entries the query names, then one with more of them in the query's own spelling (not
 * through a synonym, SearchSynonyms.cs); on the first page, those with the query's words near one
 * another in its order first (the words each holds, one found through a synonym where the
 * entry's spelling stands). Quoted
 * words are a phrase: their keys must follow one another in the paragraph. The last word, while
 * typing (the search page always asks so), also matches as a prefix.
 * Words derived from a query word that the stemmer keeps apart (геосаясат: геосаяси), and a
 * compound's last part written alone (оқу-жаттығулары: жаттығулары), are searched as related
 * words: a paragraph found only through one ranks as one found through a synonym.
 *
 * A query loads the manifest, the buckets of its words' keys and, for the results shown, their
 * articles' list chunks and their paragraphs' texts (a phrase also reads the texts of the
 * paragraphs it checks), and the entries' spellings (spellings.json) when a result shown was
 * found through a synonym, to mark the spelling it holds: nothing else.
 */
(function (global) {
  "use strict";

  // ---- Keys (SearchKey.cs) ------------------------------------------------------------------
  var FOLD = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "",
    "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "ä": "a", "ğ": "g", "q": "k", "ñ": "n", "ö": "o", "ū": "u", "ü": "u", "ı": "i", "ş": "sh",
    "ç": "ch", "-": "", "\u2011": ""
  };

  function key(word) {
    var lower = String(word).toLowerCase(), out = "";
    for (var i = 0; i < lower.length; i++) {
      var c = lower[i];
      if (Object.prototype.hasOwnProperty.call(FOLD, c)) {
        out += FOLD[c];
      } else if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9")) {
        out += c;
      }
    }
    return out;
  }

  // ---- Latin script to Cyrillic, to stem a word typed in Latin ------------------------------
  var LATIN_PAIRS = [["sh", "ш"], ["ch", "ч"], ["ts", "ц"], ["ia", "я"], ["iu", "ю"]];
  var LATIN = {
    "a": "а", "ä": "ә", "b": "б", "v": "в", "g": "г", "ğ": "ғ", "d": "д", "e": "е", "j": "ж", "z": "з",
    "i": "і", "ı": "і", "k": "к", "q": "қ", "l": "л", "m": "м", "n": "н", "ñ": "ң", "o": "о", "ö": "ө",
    "p": "п", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "f": "ф", "h": "х",
    "y": "ы", "c": "к", "w": "у", "x": "кс"
  };

  function isLatin(word) {
    return /^[a-zäğñöşūüıç0-9-]+$/i.test(word);
  }

  function cyrillic(word) {
    var lower = word.toLowerCase(), out = "";
    for (var i = 0; i < lower.length; i++) {
      var pair = lower.substr(i, 2), done = false;
      for (var j = 0; j < LATIN_PAIRS.length; j++) {
        if (pair === LATIN_PAIRS[j][0]) { out += LATIN_PAIRS[j][1]; i++; done = true; break; }
      }
      if (!done) { out += Object.prototype.hasOwnProperty.call(LATIN, lower[i]) ? LATIN[lower[i]] : lower[i]; }
    }
    return out;
  }

  // ---- Words ----------------------------------------------------------------------------------
  var WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2011][\p{L}\p{M}\p{N}]+)*/gu;

  function words(text) {
    var found = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) { found.push({ text: m[0], start: m.index, end: m.index + m[0].length }); }
    return found;
  }

  /** The keys a query word may be filed under: its stems in Kazakh and Russian, and itself. */
  function keysOf(word) {
    var keys = [];
    function add(k) { if (k && keys.indexOf(k) < 0) { keys.push(k); } }
    if (isLatin(word) && !/^[0-9]+$/.test(word)) {
      add(key(global.kzStem(cyrillic(word))));
      add(key(word));
    } else {
      add(key(global.kzStem(word)));
      add(key(global.ruStem(word)));
      add(key(word));
    }
    return keys;
  }

  /**
   * The keys of words a reader looks for together with this one, which the stemmer keeps apart: a
   * relative adjective's noun (жылғы → жыл, so "2006 жылғы" finds "2006 жылы"); a compound's last
   * part, the one that takes the endings and mostly says what the compound is (оқу-жаттығуларына →
   * жаттығу, so that "әскери жаттығуларын" is found: the text files a compound under each of its
   * parts, and a reader's compound finds the part written alone). They are found after the
   * word's own forms, as synonyms are.
   */
  function relatedKeysOf(word, ownKeys) {
    var related = [];
    function add(k) { if (k && ownKeys.indexOf(k) < 0 && related.indexOf(k) < 0) { related.push(k); } }
    var lower = String(word).toLowerCase();
    if (!isLatin(word) && lower.length >= 5 && /(ғы|гі|қы|кі)$/.test(lower) && !/[аәеёиоөұүыіэюя]/.test(lower.charAt(lower.length - 3))) {
      add(key(global.kzStem(lower.slice(0, -2))));
    }
    // A compound keeps its hyphen when stemmed; a word with endings after a hyphen (НАТО-ның) does not.
    var parts = String(word).split(/[-\u2011]/).filter(function (part) { return part; });
    if (parts.length > 1 && /[-\u2011]/.test(global.kzStem(isLatin(word) ? cyrillic(word) : word).substring(1))) {
      add(keysOf(parts[parts.length - 1])[0]);
    }
    return related;
  }

  /** The key a word of the text was filed under, in its article's language; capitals are an acronym in any (SearchParagraph.cs). */
  var ACRONYM = /^\p{Lu}{2,}(?:[-\u2011]|$)/u;
  function stemOf(word, lang) {
    return lang === "ru" && !ACRONYM.test(word) ? global.ruStem(word) : global.kzStem(word);
  }
  function textKey(word, lang) {
    return key(stemOf(word, lang));
  }

  /** The acronym key of a word opening in capitals ("!" and its capitals' key: НАТО-ның → !nato), or null (SearchParagraph.AcronymKey). */
  function acronymKey(word) {
    if (!ACRONYM.test(word)) { return null; }
    var k = key(word.split(/[-\u2011]/)[0]);
    return k ? "!" + k : null;
  }

  /**
   * Every key a word of the text was filed under (SearchParagraph.cs): its own; a compound's parts'
   * (the stem kept its hyphen: көші-қон, НАТО-Қазақстан), each stemmed as a word; and a word opening
   * in capitals, its acronym key.
   */
  function textKeys(word, lang) {
    var stem = stemOf(word, lang), whole = key(stem), keys = [whole];
    if (/[-\u2011]/.test(stem.substring(1))) {
      word.split(/[-\u2011]/).forEach(function (part) {
        var k = part ? textKey(part, lang) : "";
        if (k && k !== whole) { keys.push(k); }
      });
    }
    var acronym = acronymKey(word);
    if (acronym) { keys.push(acronym); }
    return keys;
  }

  /** A query word of two to four capitals, with or without endings (ЕО, OTAN, НАТО-ның): it looks for acronyms and words in capitals only. */
  var ACRONYM_QUERY = /^\p{Lu}{2,4}(?:[-\u2011]\p{Ll}+)?$/u;

  /** Words, quoted phrases, and whether the last word is still being typed. */
  function parse(query, typing) {
    var parts = [], re = /"([^"]*)"?|[^\s"]+/g, m;
    while ((m = re.exec(query)) !== null) {
      if (m[1] !== undefined) {
        var inside = words(m[1]).map(function (w) { return w.text; });
        if (inside.length > 0) { parts.push({ words: inside, phrase: inside.length > 1 }); }
      } else {
        words(m[0]).forEach(function (w) { parts.push({ words: [w.text], phrase: false }); });
      }
    }
    var last = parts.length > 0 ? parts[parts.length - 1] : null;
    var prefix = typing && last && !last.phrase && !/[\s"]$/.test(query) ? last.words[0] : null;
    return { parts: parts, prefix: prefix };
  }

  // ---- The searcher -----------------------------------------------------------------------
  /** How long a last word's key must be for the words it begins to be searched beside its own forms (қон is not конференция). */
  var MIN_PREFIX_BESIDE = 4;
  /** How long a last word's stem must be to be searched as a prefix too (транзит in транзиттік). */
  var STEM_PREFIX_MIN = 5;
  /** How long a query word's stem key must be for words derived from it to be searched after its own forms and offered as "see also". */
  var SEE_ALSO_MIN = 6;
  /** How many "see also" words are offered. */
  var SEE_ALSO_COUNT = 4;

  /**
   * Whether an index key looks derived from (or the root of) a query word's stem key, a word the stemmer
   * keeps apart but a reader may want (searched after the word's own forms, and offered as "see
   * also"): the two share all but their last two letters at most, and six
   * letters at least (геосаясат, геосаяси; ынтымақтас-у, ынтымақтастық; энергия, энергетика do not: an
   * older derivation, left to the reader).
   */
  function isDerivedKey(stem, k) {
    if (k === stem || k.charAt(0) === "!" || k.charAt(0) === "@" || /[0-9]/.test(k)) { return false; }
    var shared = 0;
    while (shared < stem.length && shared < k.length && stem.charAt(shared) === k.charAt(shared)) { shared++; }
    return shared >= SEE_ALSO_MIN && shared >= Math.min(stem.length, k.length) - 2;
  }

  function create(base, fetchJson) {
    var cache = {};
    function load(path) {
      if (!cache[path]) {
        cache[path] = Promise.resolve().then(function () { return fetchJson(base + path); }).catch(function (e) { delete cache[path]; throw e; });
      }
      return cache[path];
    }

    var manifest = null;
    function start() {
      return manifest ? Promise.resolve(manifest) : Promise.all([
        load("index.json"),
        load("names.json").catch(function () { return []; })
      ]).then(function (both) {
        var m = both[0];
        manifest = m;
        manifest.bucketSet = {};
        manifest.names = both[1];
        m.buckets.forEach(function (b) { manifest.bucketSet[b] = true; });
        return m;
      });
    }

    /**
     * The runs of the query's words that spell an index entry's name of several words
     * (names.json, SearchSynonyms.cs), or two words or more of it in its order when no other
     * entry's names have them so: [{ from, to, entry }]. A word matches a word of the name when
     * one of its keys is one of that word's.
     */
    function entryRuns(terms) {
      var keys = terms.map(function (t) { return keysOf(t.text); }), runs = [], parts = {};
      function spells(ws, at) {
        for (var j = 0; j < ws.length; j++) {
          if (!keys[at + j].some(function (k) { return ws[j].indexOf(k) >= 0; })) { return false; }
        }
        return true;
      }
      manifest.names.forEach(function (name) {
        var entry = name[0], ws = name[1];
        for (var i = 0; i + ws.length <= keys.length; i++) {
          if (spells(ws, i)) { runs.push({ from: i, to: i + ws.length - 1, entry: entry }); }
        }
        // A part of the name, two words or more in the name's order (жеке жоспар of Әріптестік
        // іс-қимылының жеке жоспары): kept below if it is part of one entry's names only.
        for (var len = 2; len < ws.length; len++) {
          for (var from = 0; from + len <= ws.length; from++) {
            for (var at = 0; at + len <= keys.length; at++) {
              // Not when the name goes on past the part and the query goes on with a word the rest
              // of the name lacks: Бейбітшілік үшін ғылым is not Бейбітшілік үшін әріптестік (a
              // Kazakh name's last word is its head, and the query puts another there), while
              // ұжымдық қауіпсіздік шарты, leaving out туралы, is still its name.
              var rest = ws.slice(from + len);
              var diverges = rest.length > 0 && at + len < keys.length && !rest.some(function (w) { return spells([w], at + len); });
              if (!diverges && spells(ws.slice(from, from + len), at)) {
                var span = at + ":" + (at + len - 1);
                (parts[span] = parts[span] || {})[entry] = true;
              }
            }
          }
        }
      });
      Object.keys(parts).forEach(function (span) {
        var entries = Object.keys(parts[span]), ends = span.split(":").map(Number);
        var covered = runs.some(function (r) { return r.from <= ends[0] && ends[1] <= r.to; });
        if (entries.length === 1 && !covered) { runs.push({ from: ends[0], to: ends[1], entry: entries[0] }); }
      });
      return runs;
    }

    function fileName(text) {
      if (text.length === 0) { return "_"; }
      var out = "";
      for (var i = 0; i < text.length; i++) {
        var c = text[i];
        out += (c >= "a" && c <= "z") || (c >= "0" && c <= "9") ? c : "_" + c.charCodeAt(0).toString(16);
      }
      return out;
    }

    function bucketOf(k) {
      for (var n = Math.min(k.length, 8); n >= 0; n--) {
        if (manifest.bucketSet[k.substr(0, n)]) { return k.substr(0, n); }
      }
      return "";
    }

    function bucket(prefix) { return load("terms/" + fileName(prefix) + ".json"); }

    /** The postings of a key as [{a, p, tf, len}], and the number of paragraphs holding it. */
    function decode(flat) {
      var list = [], article = 0, n = flat.length - (flat.length % 4);
      for (var i = 0; i < n; i += 4) {
        article += flat[i];
        list.push({ a: article, p: flat[i + 1], tf: flat[i + 2], len: Math.pow(2, flat[i + 3] / 4) }); // the length's norm (SearchIndexBuilder.Norm)
      }
      return { postings: list, count: flat.length % 4 === 1 ? flat[flat.length - 1] : list.length };
    }

    /** The keys of the index that a query word matches: exact; else, for the last word (asPrefix), the keys it begins; else the longest key it begins with. */
    function match(word, asPrefix, related) {
      if (ACRONYM_QUERY.test(word)) {
        // Capitals look for the acronym first; only when the index has no such acronym, for the word.
        var acronym = acronymKey(word);
        return bucket(bucketOf(acronym)).then(function (file) {
          if (file[acronym]) { var found = {}; found[acronym] = file[acronym]; return found; }
          return matchWord(word, asPrefix, related);
        });
      }
      return matchWord(word, asPrefix, related);
    }

    function matchWord(word, asPrefix, seeAlso) {
      var keys = keysOf(word), related = relatedKeysOf(word, keys), p = key(word);
      var wanted = {};
      keys.concat(related).forEach(function (k) { wanted[bucketOf(k)] = true; });
      // The last word's stem, when the word ends in endings, also begins words of the index that
      // are derived from it (транзиті: транзиттік; терроризмге: терроризмнің is its own): found as
      // related words, after the word's own forms.
      var stemPrefix = asPrefix && keys[0] !== p && keys[0].length >= STEM_PREFIX_MIN && p.indexOf(keys[0]) === 0 ? keys[0] : null;
      var extra = [];
      [p, stemPrefix].forEach(function (q) {
        if (asPrefix && q && q.length >= 3) {
          var n = 0;
          manifest.buckets.forEach(function (b) { if (b.length > q.length && b.indexOf(q) === 0 && n < 3 && extra.indexOf(b) < 0) { extra.push(b); n++; } });
        }
      });
      var names = Object.keys(wanted).concat(extra);
      return Promise.all(names.map(bucket)).then(function (files) {
        var found = {};
        files.forEach(function (file) {
          keys.forEach(function (k) { if (file[k]) { found[k] = file[k]; } });
          // A related word's paragraphs, marked with "~": ranked as found through a synonym.
          related.forEach(function (k) { if (file[k]) { found["~" + k] = file[k]; } });
        });
        var exact = Object.keys(found).length > 0;
        if (!exact) {
          // Not stemmable here (Latin without diacritics, a rare form): the longest key it begins with.
          keys.forEach(function (k) {
            for (var n = k.length - 1; n >= 4 && Object.keys(found).length === 0; n--) {
              files.forEach(function (file) { if (file[k.substr(0, n)]) { found[k.substr(0, n)] = file[k.substr(0, n)]; } });
            }
          });
        }
        if (asPrefix && (!exact || p.length >= MIN_PREFIX_BESIDE)) {
          // The last word: also the words it begins (Схефф: Схеффер; энергетика: энергетикалық),
          // beside its own forms only when it is long enough to say what it begins.
          var added = 0;
          files.forEach(function (file) {
            Object.keys(file).forEach(function (k) {
              if (added < 30 && k.length > p.length && k.indexOf(p) === 0 && !found[k]) { found[k] = file[k]; added++; }
            });
          });
        }
        // Words derived from the word (геосаясат: геосаяси) are searched too, as related words
        // ("~"): a paragraph holding one ranks after the paragraphs holding the word's own forms with
        // as many of the query's words (query expansion, the stemmer's merges left as they are).
        // They are also offered as "see also", to be searched as the reader's own word.
        if (seeAlso && keys[0].length >= SEE_ALSO_MIN) {
          files.forEach(function (file) {
            Object.keys(file).forEach(function (k) {
              if (!found[k] && !found["~" + k] && keys.indexOf(k) < 0 && isDerivedKey(keys[0], k)) {
                seeAlso.push({ key: k, postings: file[k] });
                found["~" + k] = file[k];
              }
            });
          });
        }
        if (stemPrefix) {
          var derived = 0;
          files.forEach(function (file) {
            Object.keys(file).forEach(function (k) {
              if (derived < 30 && k.length > stemPrefix.length && k.indexOf(stemPrefix) === 0 && !found[k] && !found["~" + k]) { found["~" + k] = file[k]; derived++; }
            });
          });
        }
        return found;
      });
    }

    function articleInfo(index) {
      var chunk = Math.floor(index / manifest.articlesPerChunk);
      return load("articles/" + chunk + ".json").then(function (list) { return list[index % manifest.articlesPerChunk]; });
    }

    /** The text file holding paragraph p of article a (SearchIndexBuilder.TextFileOf). */
    function textPath(a, p) {
      return "text/" + a + "-" + Math.floor(p / manifest.paragraphsPerTextFile) + ".json";
    }

    /** Paragraph p of article a, from the text file holding it. */
    function paragraphText(a, p) {
      return load(textPath(a, p)).then(function (file) { return file[p]; });
    }

    function escapeHtml(text) {
      return text.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c]; });
    }

    /**
     * The entries' spellings (spellings.json, SearchSynonyms.cs), read only when a result shown was
     * found through a synonym: { byKey: { key: [entry, …] }, entries: [[spelling: [[keys of a word], …]], …] }.
     */
    var spellingIndex = null;
    function spellings() {
      if (!spellingIndex) {
        spellingIndex = load("spellings.json").catch(function () { return []; }).then(function (all) {
          var byKey = {};
          all.forEach(function (entry, e) { entry[0].forEach(function (k) { (byKey[k] = byKey[k] || []).push(e); }); });
          return { byKey: byKey, entries: all.map(function (entry) { return entry[1]; }) };
        });
      }
      return spellingIndex;
    }

    /** The spellings of the entries a paragraph was found through (the synonym keys it matched), or none. */
    function spellingsOf(index, synonymKeys) {
      if (!index) { return []; }
      var seen = {}, found = [];
      Object.keys(synonymKeys).forEach(function (k) {
        (index.byKey[k] || []).forEach(function (e) {
          if (!seen[e]) { seen[e] = true; found = found.concat(index.entries[e]); }
        });
      });
      return found;
    }

    /**
     * Where a spelling (its words, each as the keys it may be filed under) stands in a text whose
     * words have the keys keysAt: the index of its first word at each place.
     */
    function spellingStarts(keysAt, spelling) {
      var starts = [];
      for (var at = 0; at + spelling.length <= keysAt.length; at++) {
        var all = true;
        for (var j = 0; j < spelling.length && all; j++) {
          all = keysAt[at + j].some(function (k) { return spelling[j].indexOf(k) >= 0; });
        }
        if (all) { starts.push(at); }
      }
      return starts;
    }

    /**
     * About 30 words around the first matched word, matched words in <mark>: the words holding a
     * key the query matched, and the words of a run spelling an entry the paragraph was found
     * through as a synonym (Kazakhstan marks Қазақстан), each run as a whole.
     */
    function snippet(text, lang, matched, entrySpellings) {
      var ws = words(text), first = -1, marks = [], marked = [];
      var keysAt = ws.map(function (w) { return textKeys(w.text, lang); });
      for (var i = 0; i < ws.length; i++) {
        if (keysAt[i].some(function (k) { return matched[k]; })) { marked[i] = true; }
      }
      (entrySpellings || []).forEach(function (spelling) {
        spellingStarts(keysAt, spelling).forEach(function (at) {
          for (var j = 0; j < spelling.length; j++) { marked[at + j] = true; }
        });
      });
      for (i = 0; i < ws.length; i++) {
        if (marked[i]) { marks.push(i); if (first < 0) { first = i; } }
      }
      var from = Math.max(0, (first < 0 ? 0 : first) - 12), to = Math.min(ws.length, from + 32);
      var start = from === 0 ? 0 : ws[from].start, end = to >= ws.length ? text.length : ws[to - 1].end;
      var out = from > 0 ? "… " : "", at = start;
      marks.forEach(function (m) {
        if (ws[m].start >= start && ws[m].end <= end) {
          out += escapeHtml(text.slice(at, ws[m].start)) + "<mark>" + escapeHtml(ws[m].text) + "</mark>";
          at = ws[m].end;
        }
      });
      return out + escapeHtml(text.slice(at, end)) + (end < text.length ? " …" : "");
    }

    /** Whether the text has the phrase's words in order: read word by word, and again with each compound as its parts ("көші қон" in көші-қон). */
    function hasPhrase(text, lang, phraseKeys) {
      var ws = words(text), whole = [], parts = [];
      ws.forEach(function (w) {
        var ks = textKeys(w.text, lang).filter(function (k) { return k.charAt(0) !== "!"; });
        whole.push(ks[0]);
        if (ks.length > 1) { ks.slice(1).forEach(function (k) { parts.push(k); }); } else { parts.push(ks[0]); }
      });
      return [whole, parts].some(function (ks) {
        for (var i = 0; i + phraseKeys.length <= ks.length; i++) {
          var all = true;
          for (var j = 0; j < phraseKeys.length && all; j++) { all = phraseKeys[j].indexOf(ks[i + j]) >= 0; }
          if (all) { return true; }
        }
        return false;
      });
    }

    /** The language of article n, from the manifest's runs of articles in one language. */
    function languageOf(n) {
      var runs = manifest.languages, lang = runs.length > 0 ? runs[0][1] : "";
      for (var i = 0; i < runs.length && runs[i][0] <= n; i++) { lang = runs[i][1]; }
      return lang;
    }

    /**
     * Searches; options: typing (the last word is a prefix), lang (kk, ru), article (an article's
     * url), limit (10). Gives { results: [{title, url, lang, paragraph, snippet}], total, partial,
     * articles: [{url, title, count}] }. Paragraphs holding every word come first, then those
     * holding fewer (partial when none holds them all).
     * Only the results shown (and the articles offered as filters) are looked up and quoted.
     */
    function search(query, options) {
      options = options || {};
      var limit = options.limit || 10;
      return start().then(function () {
        var parsed = parse(query, options.typing);
        var terms = [], phraseTerms = [];
        parsed.parts.forEach(function (part, i) {
          if (part.phrase) { phraseTerms.push(part.words.map(function (w, j) { return terms.length + j; })); }
          part.words.forEach(function (w, j) {
            terms.push({ text: w, prefix: w === parsed.prefix && i === parsed.parts.length - 1 && j === part.words.length - 1 });
          });
        });
        if (terms.length === 0) { return { results: [], total: 0, partial: false, articles: [] }; }
        var filterArticle = options.article ? articleIndexOf(options.article) : Promise.resolve(-1);
        // A run of words that names an index entry also finds the paragraphs the index lists for
        // it, in any spelling (ББӘ for Бейбітшілік үшін әріптестік): each word of the run matches
        // through the entry's key, as a synonym (not the query's own spelling).
        var runs = entryRuns(terms);
        var entryFiles = Promise.all(runs.map(function (r) { return bucket(bucketOf(r.entry)); }));
        // Words derived from the query's are searched after its own, and offered as "see also": none
        // offered for the words of a name (entryRuns), which the reader typed as the name's.
        var seeAlso = [];
        var named = terms.map(function (t, i) { return runs.some(function (r) { return r.from <= i && i <= r.to; }); });
        return Promise.all([filterArticle, entryFiles].concat(terms.map(function (w, i) { return match(w.text, w.prefix, named[i] ? [] : seeAlso); }))).then(function (all) {
          var onlyArticle = all[0], found = all.slice(2);
          runs.forEach(function (r, i) {
            var postings = all[1][i][r.entry];
            for (var t = r.from; postings && t <= r.to; t++) { found[t][r.entry] = postings; }
          });
          var n = manifest.documents, avg = manifest.averageLength || 1, k1 = manifest.k1, b = manifest.b;
          var scores = {}, matchedKeys = {};
          found.forEach(function (keys, term) {
            var best = {}, own = {}, entryOf = {}, synonymOf = {};
            Object.keys(keys).forEach(function (k) {
              var aside = k.charAt(0) === "~"; // a related word's (relatedKeysOf): never the query's own spelling
              matchedKeys[aside ? k.substring(1) : k] = true;
              var d = decode(keys[k]);
              var idf = Math.log(1 + (n - d.count + 0.5) / (d.count + 0.5));
              d.postings.forEach(function (p) {
                if ((options.lang && languageOf(p.a) !== options.lang) || (onlyArticle >= 0 && p.a !== onlyArticle)) { return; }
                var id = p.a + "#" + p.p;
                // tf 0: filed through a synonym (SearchSynonyms.cs): the paragraph names the entry in
                // another spelling. Weighed as one occurrence, and ranked after the paragraphs that
                // hold the query's own spelling (own); a paragraph that has the word itself is
                // weighed by that alone, whatever other keys of the word were filed as synonyms.
                var tf = p.tf === 0 ? 1 : p.tf, mine = p.tf > 0 && !aside;
                var w = idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * p.len / avg));
                if (k.charAt(0) === "@") { entryOf[id] = entryOf[id] || {}; entryOf[id][k] = true; }
                if (p.tf === 0) { (synonymOf[id] = synonymOf[id] || {})[aside ? k.substring(1) : k] = true; }
                if (mine && !own[id]) { own[id] = true; best[id] = w; }
                else if ((mine || !own[id]) && (!best[id] || best[id] < w)) { best[id] = w; }
              });
            });
            Object.keys(best).forEach(function (id) {
              var s = scores[id] || (scores[id] = { id: id, a: parseInt(id, 10), p: parseInt(id.split("#")[1], 10), score: 0, words: 0, own: 0, entries: {}, terms: {}, synonyms: {} });
              s.score += best[id];
              s.words += 1;
              s.terms[term] = true;
              if (own[id]) { s.own += 1; }
              if (entryOf[id]) { Object.keys(entryOf[id]).forEach(function (e) { s.entries[e] = true; }); }
              // Found through a synonym, not the query's own spelling: its snippet marks the entry's spelling.
              if (!own[id] && synonymOf[id]) { Object.keys(synonymOf[id]).forEach(function (k) { s.synonyms[k] = true; }); }
            });
          });
          var all2 = Object.keys(scores).map(function (id) { return scores[id]; });
          var most = all2.reduce(function (m, s) { return Math.max(m, s.words); }, 0);
          // How many of the entries the query names (entryRuns) the paragraph names, in any spelling.
          all2.forEach(function (s) { s.named = runs.filter(function (r) { return s.entries[r.entry]; }).length; });
          var ranked = all2
            .sort(function (x, y) { return y.words - x.words || y.named - x.named || y.own - x.own || y.score - x.score || x.a - y.a || x.p - y.p; });
          var phrases = parsed.parts.filter(function (p) { return p.phrase; }).map(function (p) {
            return p.words.map(function (w) { return keysOf(w); });
          });
          var termKeys = found.map(function (keys) {
            return Object.keys(keys).map(function (k) { return k.charAt(0) === "~" ? k.substring(1) : k; });
          });
          // A phrase is only looked for in the paragraphs holding all its words: those holding some
          // follow the others in the ranking, but no text need be read to know they lack it.
          if (phraseTerms.length > 0) {
            ranked = ranked.filter(function (s) { return phraseTerms.every(function (ts) { return ts.every(function (t) { return s.terms[t]; }); }); });
          }
          return near(ranked, termKeys, runs).then(function (reranked) { return confirm(reranked, phrases, limit); }).then(function (confirmed) {
            var byArticle = {};
            confirmed.rows.forEach(function (r) { byArticle[r.a] = (byArticle[r.a] || 0) + 1; });
            var shown = confirmed.rows.slice(0, limit);
            // Offered as filters: the articles of the results shown, whose details are loaded anyway.
            var offered = shown.map(function (r) { return r.a; }).filter(function (a, i, all) { return all.indexOf(a) === i; })
              .sort(function (x, y) { return byArticle[y] - byArticle[x] || x - y; });
            var spellingFile = shown.some(function (r) { return Object.keys(r.synonyms).length > 0; }) ? spellings() : Promise.resolve(null);
            return Promise.all([
              Promise.all(shown.map(function (r) {
                return Promise.all([articleInfo(r.a), paragraphText(r.a, r.p), spellingFile]).then(function (both) {
                  var info = both[0];
                  return {
                    title: info.title, url: info.url + "#p" + r.p, lang: info.lang, paragraph: r.p,
                    score: r.score, snippet: snippet(both[1], info.lang, matchedKeys, spellingsOf(both[2], r.synonyms))
                  };
                });
              })),
              Promise.all(offered.map(function (a) {
                return articleInfo(a).then(function (info) { return { url: info.url, title: info.title, lang: info.lang, count: byArticle[a] }; });
              })),
              offer(seeAlso)
            ]).then(function (both) {
              return { results: both[0], total: confirmed.total, partial: most < terms.length, articles: both[1], seeAlso: both[2] };
            });
          });
        });
      });
    }

    /**
     * How many of the best paragraphs are read again for the nearness of the query's words: the
     * first page, whose texts the snippets load anyway, so nearness costs no download.
     */
    var NEAR_CANDIDATES = 10;
    /** Words of the query that follow one another are near in a paragraph when at most one word stands between them (жеке іс-қимыл жоспары). */
    var NEAR_SPAN = 2;

    /**
     * The ranked paragraphs, the first NEAR_CANDIDATES put in order again by how many pairs of
     * the query's consecutive words stand near one another, in the query's order (a query of
     * several words is mostly a name or a phrase typed without quotes: жеке жоспар in «жеке
     * іс-қимыл жоспары» before a paragraph with жеке in one sentence and жоспарлау in another).
     * The words are those the paragraph holds: a word it lacks is passed over, so that the words
     * on either side of it make a pair («Бейбітшілікке бағытталған ғылым» for Бейбітшілік үшін
     * ғылым). A word the paragraph holds through a synonym stands where the entry's spelling does
     * (лаңкестікпен күрес for терроризмге қарсы күрес), read from spellings.json, loaded only
     * when one of these paragraphs was found so. A pair inside a run of the query that names an
     * index entry (entryRuns) is near in every paragraph that names the entry, in whatever
     * spelling (ББӘ).
     */
    function near(ranked, termKeys, runs) {
      if (termKeys.length < 2) { return Promise.resolve(ranked); }
      var head = ranked.slice(0, NEAR_CANDIDATES);
      var throughSynonym = head.some(function (r) { return Object.keys(r.synonyms).length > 0; });
      return (throughSynonym ? spellings() : Promise.resolve(null)).then(function (index) {
        // The spellings of the entries each query word reaches as a synonym (терроризм: лаңкестік).
        var termSpellings = termKeys.map(function (tk) {
          var asKeys = {};
          tk.forEach(function (k) { asKeys[k] = true; });
          return spellingsOf(index, asKeys);
        });
        return Promise.all(head.map(function (r) {
          return paragraphText(r.a, r.p).then(function (text) {
            r.near = nearPairs(r, words(text), languageOf(r.a), termKeys, termSpellings, runs);
          });
        }));
      }).then(function () {
        head.sort(function (x, y) {
          return y.words - x.words || y.near - x.near || y.own - x.own || y.score - x.score || x.a - y.a || x.p - y.p;
        });
        return head.concat(ranked.slice(NEAR_CANDIDATES));
      });
    }

    /** How many pairs of consecutive query words, of those paragraph r holds, stand near in its words ws (see near). */
    function nearPairs(r, ws, lang, termKeys, termSpellings, runs) {
      // Where each query word stands, as spans of words: [{ s, e }].
      var keysAt = ws.map(function (w) { return textKeys(w.text, lang); }), at = termKeys.map(function () { return []; });
      keysAt.forEach(function (ks, i) {
        termKeys.forEach(function (tk, t) { if (ks.some(function (k) { return tk.indexOf(k) >= 0; })) { at[t].push({ s: i, e: i }); } });
      });
      termSpellings.forEach(function (spellingsOfTerm, t) {
        spellingsOfTerm.forEach(function (spelling) {
          spellingStarts(keysAt, spelling).forEach(function (i) { at[t].push({ s: i, e: i + spelling.length - 1 }); });
        });
      });
      var held = termKeys.map(function (tk, t) { return t; }).filter(function (t) { return r.terms[t]; }), pairs = 0;
      for (var h = 0; h + 1 < held.length; h++) {
        var u = held[h], v = held[h + 1];
        var named = runs.some(function (run) { return r.entries[run.entry] && run.from <= u && v <= run.to; });
        if (named || at[u].some(function (x) { return at[v].some(function (y) { return y.s > x.e && y.s - x.e <= NEAR_SPAN; }); })) { pairs++; }
      }
      return pairs;
    }

    /**
     * Words derived from the query's (isDerivedKey), the most frequent first, each as written in the
     * first paragraph that has it: [{ word, count }]. Offered as "see also" (searched only after the query's
     * own forms, and not merged with them by the stemmer): ынтымақтасу and
     * ынтымақтастық are two words, a reader of one may want the other.
     */
    function offer(candidates) {
      var seen = {}, best = candidates.filter(function (c) { return !seen[c.key] && (seen[c.key] = true); })
        .map(function (c) {
          // Its word as written in a paragraph whose text is loaded already (the results' own), if any.
          var d = decode(c.postings), loaded = d.postings.filter(function (p) { return cache[textPath(p.a, p.p)]; });
          return { key: c.key, count: d.count, first: loaded.length > 0 ? loaded[0] : d.postings[0] };
        })
        .filter(function (c) { return c.first; })
        .sort(function (x, y) { return y.count - x.count || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0); })
        .slice(0, SEE_ALSO_COUNT);
      return Promise.all(best.map(function (c) {
        return paragraphText(c.first.a, c.first.p).then(function (text) {
          var lang = languageOf(c.first.a), word = null;
          // The shortest form the paragraph writes it in; of a compound, the part (американ-қазақ: қазақ).
          words(text || "").forEach(function (w) {
            [w.text].concat(/[-\u2011]/.test(w.text) ? w.text.split(/[-\u2011]/) : []).forEach(function (part) {
              if (part && textKey(part, lang) === c.key && (word === null || part.length < word.length)) {
                word = ACRONYM.test(part) ? part : part.toLowerCase();
              }
            });
          });
          return word ? { word: word, count: c.count } : null;
        });
      })).then(function (found) {
        var words_ = {};
        return found.filter(function (f) { return f && !words_[f.word] && (words_[f.word] = true); });
      });
    }

    /**
     * The ranked paragraphs that hold the query's phrases: checked in rank order, ten at a time,
     * until enough are found or sixty were read (texts are loaded only for those).
     */
    function confirm(ranked, phrases, limit) {
      if (phrases.length === 0) { return Promise.resolve({ rows: ranked, total: ranked.length }); }
      var kept = [], next = 0;
      function batch() {
        if (kept.length >= limit || next >= ranked.length || next >= 60) {
          return Promise.resolve({ rows: kept, total: kept.length });
        }
        var some = ranked.slice(next, next + 10);
        next += 10;
        return Promise.all(some.map(function (r) {
          return paragraphText(r.a, r.p).then(function (text) {
            var lang = languageOf(r.a);
            return phrases.every(function (ph) { return hasPhrase(text, lang, ph); }) ? r : null;
          });
        })).then(function (checked) {
          checked.forEach(function (r) { if (r) { kept.push(r); } });
          return batch();
        });
      }
      return batch();
    }

    /** The index of the article at this url (for the article filter), or -1. */
    function articleIndexOf(url) {
      var chunks = Math.ceil(manifest.articles / manifest.articlesPerChunk), tries = [];
      for (var c = 0; c < chunks; c++) { tries.push(c); }
      // Filters come from results already shown, whose chunks are loaded: those are looked at first.
      return tries.reduce(function (done, c) {
        return done.then(function (found) {
          if (found >= 0) { return found; }
          return load("articles/" + c + ".json").then(function (list) {
            for (var i = 0; i < list.length; i++) { if (list[i].url === url) { return c * manifest.articlesPerChunk + i; } }
            return -1;
          });
        });
      }, Promise.resolve(-1));
    }

    return { search: search };
  }

  /** A link's address if it is relative (a path of the site), else null: the index's URLs never carry a scheme (javascript:). */
  function relativeUrl(url) {
    var cleaned = String(url).replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
    var end = cleaned.search(/[:\/?#\\]/);
    return end >= 0 && cleaned.charAt(end) === ":" ? null : cleaned;
  }

  /** A snippet (its text escaped, its matched words in <mark>) as nodes: text nodes and <mark> elements, nothing parsed as HTML. */
  function snippetNodes(doc, snippet) {
    var unescape = function (t) { return t.replace(/&(lt|gt|quot|#39|amp);/g, function (_, e) { return { lt: "<", gt: ">", quot: "\"", "#39": "'", amp: "&" }[e]; }); };
    var nodes = [];
    String(snippet).split(/(<mark>[^<]*<\/mark>)/).forEach(function (part, i) {
      if (i % 2 === 1) {
        var mark = doc.createElement("mark");
        mark.textContent = unescape(part.slice(6, -7));
        nodes.push(mark);
      } else if (part) {
        nodes.push(doc.createTextNode(unescape(part)));
      }
    });
    return nodes;
  }

  /** One result: <li class="search-result"><a href><span lang>title</span>, ¶ N</a><p lang>snippet</p></li>, by DOM calls. */
  function resultItem(doc, root, r) {
    var li = doc.createElement("li");
    li.className = "search-result";
    var url = relativeUrl(r.url);
    var a = doc.createElement(url === null ? "span" : "a");
    if (url !== null) { a.setAttribute("href", root + url); }
    var title = doc.createElement("span");
    title.setAttribute("lang", r.lang);
    title.textContent = r.title;
    a.appendChild(title);
    a.appendChild(doc.createTextNode(", ¶\u00a0" + r.paragraph));
    var p = doc.createElement("p");
    p.setAttribute("lang", r.lang);
    snippetNodes(doc, r.snippet).forEach(function (n) { p.appendChild(n); });
    li.appendChild(a);
    li.appendChild(p);
    return li;
  }

  /** "See also:" and a link a word (search/index.html?q=word), by DOM calls. */
  function seeAlsoNodes(doc, label, words) {
    var nodes = [doc.createTextNode(label)];
    words.forEach(function (w, i) {
      nodes.push(doc.createTextNode(i === 0 ? " " : ", "));
      var a = doc.createElement("a");
      a.setAttribute("href", "?q=" + encodeURIComponent(w.word));
      a.textContent = w.word;
      nodes.push(a);
    });
    return nodes;
  }

  /** The article filter's options: every article with results, the chosen one selected. */
  function articleOptions(doc, allArticles, articles, chosen) {
    var option = function (value, text, selected) {
      var o = doc.createElement("option");
      o.setAttribute("value", value);
      if (selected) { o.setAttribute("selected", ""); }
      o.textContent = text;
      return o;
    };
    return [option("", allArticles, false)].concat(articles.map(function (a) { return option(a.url, a.title + " (" + a.count + ")", a.url === chosen); }));
  }

  global.KzSearch = {
    create: create, key: key, keysOf: keysOf, textKeys: textKeys, cyrillic: cyrillic, parse: parse,
    resultItem: resultItem, articleOptions: articleOptions, relativeUrl: relativeUrl, seeAlsoNodes: seeAlsoNodes
  };

  // ---- The search page ------------------------------------------------------------------------
  if (typeof document === "undefined") { return; }
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.search-form");
    if (!form) { return; }
    var root = form.getAttribute("data-root") || "";
    var input = form.querySelector("input[name=q]");
    var langSelect = form.querySelector("select[name=lang]");
    var articleSelect = document.querySelector("select.search-article");
    var status = document.querySelector(".search-status");
    var list = document.querySelector(".search-results");
    var seeAlso = document.querySelector(".search-see-also");
    var strings = JSON.parse(document.getElementById("search-strings").textContent);
    var searcher = create(root + "search/", function (url) {
      return fetch(url).then(function (r) { if (!r.ok) { throw new Error(url + ": " + r.status); } return r.json(); });
    });
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    if (langSelect) { langSelect.value = params.get("lang") || ""; }
    var article = params.get("article") || "";
    // Read from disk (file://), a page may not fetch the index's files: the browser answers
    // "Failed to fetch". Say so, and how to serve the site, before the reader types anything.
    if (location.protocol === "file:") {
      status.textContent = strings.needsServer;
      status.classList.add("search-needs-server");
      return;
    }
    var run = 0;

    function render(query, typing) {
      var mine = ++run;
      if (!query.trim()) { status.textContent = ""; list.replaceChildren(); if (seeAlso) { seeAlso.hidden = true; } return; }
      status.textContent = strings.searching;
      searcher.search(query, { typing: typing, lang: langSelect ? langSelect.value : "", article: article }).then(function (found) {
        if (mine !== run) { return; }
        status.textContent = found.total === 0 ? strings.none : strings.found.replace("{count}", found.total) + (found.partial ? " " + strings.partial : "");
        // Built with DOM calls, never parsed as HTML: a title, URL, lang or snippet from the index is text.
        list.replaceChildren.apply(list, found.results.map(function (r) { return resultItem(document, root, r); }));
        if (seeAlso) {
          seeAlso.replaceChildren.apply(seeAlso, seeAlsoNodes(document, strings.seeAlso, found.seeAlso));
          seeAlso.hidden = found.seeAlso.length === 0;
        }
        if (articleSelect) {
          articleSelect.replaceChildren.apply(articleSelect, articleOptions(document, strings.allArticles, found.articles, article));
          articleSelect.hidden = found.articles.length < 2 && !article;
        }
      }).catch(function (e) { status.textContent = strings.failed + " " + e.message; });
    }

    function update(typing) {
      var q = input.value;
      var url = new URL(location.href);
      url.searchParams.set("q", q);
      if (langSelect && langSelect.value) { url.searchParams.set("lang", langSelect.value); } else { url.searchParams.delete("lang"); }
      if (article) { url.searchParams.set("article", article); } else { url.searchParams.delete("article"); }
      history.replaceState(null, "", url);
      render(q, typing);
    }

    // One query gives one answer, however it came: typed, submitted, or opened from a link
    // (search/?q=Схефф). So the last word is a prefix in all three (unless a space ends the query).
    var timer = null;
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { update(true); }, 120); });
    form.addEventListener("submit", function (e) { e.preventDefault(); update(true); });
    if (langSelect) { langSelect.addEventListener("change", function () { update(true); }); }
    if (articleSelect) { articleSelect.addEventListener("change", function () { article = articleSelect.value; update(true); }); }
    render(input.value, true);
  });
})(typeof globalThis !== "undefined" ? globalThis : this);
