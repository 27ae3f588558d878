namespace KzEdition.Search;

/// <summary>
/// The few words the Kazakh stemmer must know by name: words it never strips, the verb stems
/// that license the participle -атын/-етін, and stems whose vowel drops before a vowel.
/// theme/assets/search/stemmer.js holds the same lists.
/// </summary>
public static class KazakhLexicon
{
    /// <summary>
    /// Words left whole, and at which stripping stops: pronouns and their case forms, conjunctions,
    /// postpositions, particles and numerals (short words whose endings are not suffixes), and
    /// words that only look inflected (орын is no оры-н, үлкен no үл-кен, жалпы no жалп-ы).
    /// </summary>
    public static IReadOnlySet<string> Protected { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Personal and demonstrative pronouns, with the case forms that would strip to nonsense (ол and
        // бұл are in Pronouns). мен stays мен: it is far more often the conjunction than the pronoun.
        "мен", "сен", "біз", "сіз", "сендер", "сіздер",
        "менің", "сенің", "біздің", "сіздің", "маған", "саған", "мені", "сені",
        "менде", "сенде", "менен", "сенен", "өз", "өзі", "өзара",
        "осы", "сол", "мына", "ана", "анау", "мынау",
        "осында", "сонда", "осыдан", "содан", "осындай", "сондай", "мұндай",
        "қандай", "қалай", "қайда", "қашан", "неге", "неше", "кім", "не", "қай", "барлық", "бәрі",
        "бүкіл", "әр", "әрбір", "кейбір", "бірнеше", "біреу",
        // Conjunctions, particles, postpositions, adverbs.
        "және", "пен", "бен", "да", "де", "та", "те", "ма", "ме", "ба", "бе", "па", "пе", "ғой",
        "ғана", "қана", "тек", "бірақ", "алайда", "егер", "немесе", "әлде", "яғни", "себебі",
        "сондықтан", "өйткені", "әрі", "әлі", "ал", "үшін", "туралы", "арқылы", "бойынша",
        "сияқты", "секілді", "кейін", "бұрын", "дейін", "шейін", "бері", "қарай", "сайын", "бірге",
        "деп", "деген", "дейді", "еді", "екен", "емес", "өте", "ең", "тым", "аса", "енді", "тағы",
        "қайта", "тіпті", "әсіресе", "әйтсе", "кейде", "бүгін", "ертең", "кеше", "қазір", "қоса",
        // Numerals.
        "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он", "жиырма", "отыз",
        "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан", "жүз", "мың", "миллион", "миллиард",
        // Words that only look inflected.
        "орын", "ойын", "қиын", "ағын", "тұрғын", "келін", "мойын", "қойын", "түйін", "тегін", "шын",
        "үлкен", "қарсы", "жалпы", "ұлы", "белгі", "кітап", "талап", "мектеп", "себеп", "жауап",
        "бейтарап", "қатар", "адам", "ислам", "сауда", "келесі", "солар", "сонымен", "осымен", "баға",
        "алматы", "арнайы", "ағылшын", "айқын", "дайын", "алтын", "жақын", "ұзын", "жасырын",
        "шілде", "пайда", "мүмкін", "соның", "есірткі",
        // Adverbs whose stems are too short to meet their look-alikes (алға is no ал-ға, жақында no жақ-ында),
        // nouns that would read as a verb's converb (қала is no қал-а), a loanword in -ген.
        "алға", "жақында", "қала", "сала", "ала", "техногендік",
    };

    /// <summary>
    /// The forms of the pronouns ол and бұл, each as its pronoun (оның, оған, олар → ол; бұдан, мұны → бұл):
    /// their stems change within the paradigm, so no suffix rule joins them. Stripping stops at these too
    /// (олар-дың → олар → ол).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Pronouns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ол"] = "ол", ["оның"] = "ол", ["оған"] = "ол", ["оны"] = "ол", ["онда"] = "ол", ["одан"] = "ол", ["онымен"] = "ол",
        ["олар"] = "ол",
        ["бұл"] = "бұл", ["бұның"] = "бұл", ["мұның"] = "бұл", ["бұған"] = "бұл", ["мұған"] = "бұл", ["бұны"] = "бұл",
        ["мұны"] = "бұл", ["бұнда"] = "бұл", ["мұнда"] = "бұл", ["бұдан"] = "бұл", ["мұнан"] = "бұл", ["бұнымен"] = "бұл",
        ["мұнымен"] = "бұл", ["бұлар"] = "бұл",
    };

    /// <summary>
    /// Verb stems known by name (the edition's verbs): the endings a noun could also have are stripped only
    /// after one of these: -атын/-етін, -ар/-ер, the converbs -а/-е and -п (бол-а, жаса-п), the present
    /// -йды (жаса-йды), first person plural -дық/-сақ (бол-дық), and the passive (өткіз-іл, жаса-л).
    /// </summary>
    public static IReadOnlySet<string> VerbStems { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "бол", "ет", "тұр", "жат", "ал", "бер", "кел", "кір", "айт", "біл", "көр", "қал", "сал", "бар",
        "шық", "түс", "жүр", "отыр", "өт", "кет", "жет", "тап", "таб", "көрсет", "атқар", "қатыс",
        "жаса", "қабылда", "қолда", "айқында", "раста", "көзде", "істе", "ақта", "ата", "баста", "сақта",
        "әзірле", "ізде", "жолда", "белгіле", "мойында", "тағайында", "ретте", "зертте", "даярла", "дайында",
        "бақыла", "талқыла", "жоспарла", "шекте", "кеңей", "күшей", "өткіз", "асыр", "жеткіз", "жүргіз",
        "тарт", "шеш", "қой", "басқар", "дамыт", "нығайт", "бекіт", "жібер", "ескер", "орнат", "арттыр",
        "жетілдір", "көтер", "енгіз", "білдір", "келтір", "тудыр", "аудар", "ауыстыр", "жаз", "бөл", "құр",
        "сен", "қолдан", "пайдалан", "ұйымдастыр", "қарастыр", "жина", "жой", "кеңейт", "күшейт", "байқа",
    };

    /// <summary>
    /// Endings of derived verb stems (passive -ыл, reflexive -ын, causative -ыр, and -ал/-ел,
    /// -ан/-ен after a vowel) which also license -атын/-етін: асырыл-атын, білдір-етін.
    /// </summary>
    public static IReadOnlyList<string> VerbStemEndings { get; } =
        ["ыл", "іл", "ал", "ел", "ыр", "ір", "ын", "ін", "ан", "ен"];

    /// <summary>
    /// Endings that make a consonant-final stem a verb before -дық, -дым, -дыңыз: causatives (жетіл-дір, жүр-гіз,
    /// өт-кіз) and the reflexive -лан/-лен of a denominal verb (пайда-лан).
    /// </summary>
    public static IReadOnlyList<string> DerivedVerbEndings { get; } =
        ["дыр", "дір", "тыр", "тір", "ғыз", "гіз", "қыз", "кіз", "лан", "лен"];

    /// <summary>
    /// The passive -ыл and the reciprocal -лас/-дас/-тас, -ыс: verbs before -дым, -дыңыз, but before -дық they make
    /// nouns (екіжыл-дық, ынтымақтас-тық), so they are not among <see cref="DerivedVerbEndings"/>.
    /// </summary>
    public static IReadOnlyList<string> VoiceVerbEndings { get; } =
        ["ыл", "іл", "лас", "лес", "дас", "дес", "тас", "тес", "ыс", "іс"];

    /// <summary>
    /// Stems stripping never cuts into, though their ends look like endings: кеңес is no кеңе-с(і), орган no
    /// орга-н(ы), форум no фор-ум(ын), көлем no көл-ем(ін), одағы no ода-ғы. A word beginning with one keeps at
    /// least its letters (its last letter may be the voiced one: одағ-ы).
    /// </summary>
    public static IReadOnlyList<string> StemFloors { get; } =
        ["кеңес", "қатынас", "күрес", "процес", "орган", "форум", "көлем", "одақ", "төраға", "тасқын"];

    /// <summary>Loanword stems as the key of their word: роль, рол-і → рөл (рөл-і), as Kazakh also writes it.</summary>
    public static IReadOnlyDictionary<string, string> LoanwordStems { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["рол"] = "рөл",
        ["роль"] = "рөл",
    };

    /// <summary>Verb stems that change before a vowel, as the changed stem maps to the verb's: тау-ып → тап, қоя-ды → қой.</summary>
    public static IReadOnlyDictionary<string, string> VerbAlternations { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["тау"] = "тап",
        ["қоя"] = "қой",
    };

    /// <summary>Participles after which -дық/-дік is the abstract noun (болатын-дық, кеткен-дік, екен-дік).</summary>
    public static IReadOnlyList<string> Participles { get; } = ["атын", "етін", "йтын", "йтін", "итын", "итін", "ған", "ген", "қан", "кен"];

    /// <summary>
    /// Stems whose last vowel drops before a vowel-initial suffix (халық → халқы, орын → орны),
    /// as the stripped form maps to the full one.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ElidedStems { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["халқ"] = "халық",
        ["орн"] = "орын",
        ["ауз"] = "ауыз",
        ["ерн"] = "ерін",
        ["мұрн"] = "мұрын",
        ["қалп"] = "қалып",
        ["даус"] = "дауыс",
        ["көрк"] = "көрік",
        ["ырқ"] = "ырық",
        ["мойн"] = "мойын",
        ["қойн"] = "қойын",
        ["ерк"] = "ерік",
        ["бөрк"] = "бөрік",
        ["құлқ"] = "құлық",
        ["қарн"] = "қарын",
    };
}
