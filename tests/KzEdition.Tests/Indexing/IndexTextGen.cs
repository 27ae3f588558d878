using CsCheck;

namespace KzEdition.Tests.Indexing;

/// <summary>
/// Generated paragraphs for the index detectors' property tests: Kazakh and Russian words, dates in
/// every form the detector reads and near misses (years out of range, numbers of three and five
/// digits, names like Қазақстан-2030, dates in citation markers, digits of other scripts, year
/// words in capitals), acronyms with endings and stress marks, Roman numerals, expansions before
/// "(ACR)" that spell it or nearly, persons by initials with case endings, sentence ends after
/// abbreviations and initials, lines in capitals, and sentences long enough to be shortened.
/// </summary>
internal static class IndexTextGen
{
    private static readonly Gen<string> Word = Gen.OneOf(
        "Қазақстан", "саясаты", "мемлекет", "ынтымақтастық", "халықаралық", "қатынастар", "Орталық", "Азия", "жылы", "мен", "және", "туралы",
        "бойынша", "политика", "государство", "и", "в", "по", "сотрудничество", "of", "the", "Energy", "Transition", "ұйымы", "шарт",
        "Ұжымдық", "қауіпсіздік", "Еуро-Атлантикалық", "әріптестік", "кеңесі", "ХХ", "XXI", "IV", "ғасыр", "мамыр", "Мая", "сәуір",
        "т.б.", "проф.", "б.", "ж.", "жж.", "г.", "см.", "млн", "ҚАЗАҚСТАН", "МЕН", "ЖЫЛЫ", "Года", "декабре", "қыркүйегінде", "ма\u0301я");

    private static readonly Gen<string> Acronym = Gen.Select(
        Gen.OneOf("НАТО", "ҰҚШҰ", "ЕАӘК", "ISAF", "АҚШ", "ЕО", "ШЫҰ", "ЖЭК", "ЕТ", "ОБСЕ", "ХХІ", "MCMXC", "А", "НАТОНАТО", "НА\u0301ТО"),
        Gen.OneOf("", "", "-ның", "-ға", "-мен", "-тың", "ның", "-дағы"),
        (acronym, ending) => acronym + ending);

    /// <summary>Words and the acronym of their initials in brackets; sometimes a letter off, a function word inside, a clause end between.</summary>
    private static readonly Gen<string> Expansion = Gen.Select(
        Gen.OneOf("Ұжымдық", "қауіпсіздік", "шарт", "ұйымы", "Солтүстік", "Атлант", "Energy", "Transition", "жаңартылатын", "энергия", "көздері", "Еуро-Атлантикалық").Array[1, 4],
        Gen.OneOf("", "", " туралы", " және", ".", " (", ","),
        Gen.Int[0, 3],
        (words, inside, spoil) =>
        {
            var initials = string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
            var acronym = spoil == 0 ? "Ж" + initials : initials;
            return string.Join(' ', words.Take(1)) + inside + " " + string.Join(' ', words.Skip(1)) + " (" + acronym + ")";
        });

    private static readonly Gen<string> Person = Gen.Select(
        Gen.OneOf("Н.Ә. ", "Н.", "Дж. ", "Х.Дж.", "Н. Ә. ", "А.", "ж.", "Т.Б. "),
        Gen.OneOf("Назарбаев", "Робертсон", "Маккиндер", "Спайкмен", "Токаев", "Ли", "Бжезинский", "Назарбаева", "Салливан-Смит"),
        Gen.OneOf("", "", "тың", "тің", "мен", "пен", "ке", "қа", "ға", "ның", "а", "ым", "ке."),
        (initials, surname, ending) => initials + surname + ending);

    private static readonly Gen<string> Year = Gen.Frequency(
        (8, Gen.Int[1780, 2120].Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("1994", "2001", "1990", "2000", "199", "19945", "١٩٩٤", "１９９４")));

    private static readonly Gen<string> Month = Gen.OneOf(
        "мамыр", "мамырда", "Мамыр", "маусымда", "қаңтарында", "қыркүйегіндегі", "қыркүйек", "сәуір", "желтоқсан", "мая", "мае", "марта",
        "декабре", "сентября", "Январь", "ақпанда", "шілде", "қазан", "қараша", "августа", "маусым");

    private static readonly Gen<string> YearWord = Gen.OneOf(
        "жылғы", "жылы", "жылдың", "жылдан", "жылға", "жылдары", "ж.", "жж.", "года", "году", "г.", "гг.", "ЖЫЛЫ", "Года", "жыл", "жылдардағы", "годах", "");

    private static readonly Gen<string> Day = Gen.Frequency(
        (6, Gen.Int[1, 31].Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Select(Gen.Int[1, 31], Gen.Int[1, 31], Gen.OneOf("-", "–", " - "), (a, b, dash) => $"{a}{dash}{b}")),
        (1, Gen.OneOf("0", "32", "05", "123")));

    private static readonly Gen<string> Date = Gen.OneOf(
        Gen.Select(Year, YearWord, Day, Month, (y, w, d, m) => $"{y} {w} {d} {m}"),
        Gen.Select(Day, Month, Year, YearWord, (d, m, y, w) => $"{d} {m} {y} {w}"),
        Gen.Select(Day, Gen.Int[0, 13], Year, (d, m, y) => $"{d}.{m:D2}.{y}"),
        Gen.Select(Year, YearWord, Month, (y, w, m) => $"{y} {w} {m}"),
        Gen.Select(Year, Gen.OneOf("-", " "), YearWord, Month, (y, dash, w, m) => $"{y}{dash}{w} {m}"),
        Gen.Select(Month, Year, YearWord, (m, y, w) => $"в {m} {y} {w}"),
        Gen.Select(Year, Year, YearWord, (a, b, w) => $"{a}-{b} {w}"),
        Gen.Select(Year, YearWord, (y, w) => $"{y}-{w}"),
        Gen.Select(Year, YearWord, (y, w) => $"{y} {w}"),
        Gen.Select(Year, Gen.OneOf("«Қазақстан-", "[5, ", "/", "-", "–"), Gen.OneOf("»", " ж.]", "/", "", " жылы"), (y, before, after) => before + y + after));

    private static readonly Gen<string> Separator = Gen.OneOf(
        " ", " ", " ", " ", ", ", ". ", "! ", "? ", "… ", " (", ") ", "«", "» ", "\"", " — ", "-", " – ", "\n", ": ", "; ", ".) ", ".» ", ". «", "  ", "");

    private static readonly Gen<string> Piece = Gen.Frequency(
        (12, Word), (3, Acronym), (1, Expansion), (2, Person), (3, Date), (1, Gen.OneOf("[1]", "[2, 18-19 б.]", "/3/", "[2; 5]", "1", "42")));

    /// <summary>A paragraph of up to 150 pieces; some with one long sentence (only spaces and commas between), past the 400 characters a quotation keeps.</summary>
    public static Gen<string> Paragraph { get; } = Gen.Frequency(
        (4, Gen.Select(Piece, Separator, (piece, separator) => piece + separator).Array[0, 150].Select(string.Concat)),
        (1, Gen.Select(Piece, Gen.OneOf(" ", " ", ", "), (piece, separator) => piece + separator).Array[60, 150].Select(string.Concat)));
}
