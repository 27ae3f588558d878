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
        // Personal and demonstrative pronouns, with the case forms that would strip to nonsense.
        "мен", "сен", "ол", "біз", "сіз", "олар", "сендер", "сіздер",
        "менің", "сенің", "оның", "біздің", "сіздің", "маған", "саған", "оған", "мені", "сені", "оны",
        "менде", "сенде", "онда", "менен", "сенен", "одан", "онымен", "өз", "өзі", "өзара",
        "бұл", "осы", "сол", "мына", "ана", "анау", "мынау", "бұның", "мұның", "бұған", "мұнда",
        "бұдан", "мұны", "осында", "сонда", "осыдан", "содан", "осындай", "сондай", "мұндай",
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
    };

    /// <summary>Verb stems known by name, which license -атын/-етін and -ар/-ер after them.</summary>
    public static IReadOnlySet<string> VerbStems { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "бол", "ет", "тұр", "жат", "ал", "бер", "кел", "кір", "айт", "біл", "көр", "қал", "сал", "бар",
        "шық", "түс", "жүр", "отыр", "өт", "кет", "жет", "тап", "таб", "көрсет", "атқар", "қатыс",
    };

    /// <summary>
    /// Endings of derived verb stems (passive -ыл, reflexive -ын, causative -ыр, and -ал/-ел,
    /// -ан/-ен after a vowel) which also license -атын/-етін: асырыл-атын, білдір-етін.
    /// </summary>
    public static IReadOnlyList<string> VerbStemEndings { get; } =
        ["ыл", "іл", "ал", "ел", "ыр", "ір", "ын", "ін", "ан", "ен"];

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
