using KzEdition.Model;
using KzEdition.Editorial;
using KzEdition.Indexing;
using KzEdition.Tests.Indexing;

namespace KzEdition.Tests.Markdown;

/// <summary>A small index of the kinds the edition has (an organisation with its acronym, an acronym, a place, a person), for cross-link tests.</summary>
internal static class TestIndex
{
    private static readonly EditorialPosition Here = new("terms.yml", 1, 1);

    /// <summary>Spellings the index knows, in forms a text may carry them.</summary>
    public static readonly string[] Mentions =
    [
        "НАТО", "НАТО-ның", "НАТО-мен", "Солтүстік Атлантикалық келісім ұйымы", "ЕО", "ЕО-ның", "Еуропалық Одақ", "Астана", "Астанада",
        "Астанадағы", "Орталық Азия", "Орталық Азиядағы", "Н.Ә. Назарбаев", "Назарбаевтың", "Назарбаевым", "ЕҚЫҰ", "ЕҚЫҰ-ның",
    ];

    public static EditionIndex Index { get; } = EditionIndexBuilder.Build(
        [EditionIndexBuilderTests.Article("x", "kk",
            "НАТО-ның Бас хатшысы Астанада. Еуропалық Одақ (ЕО) мен ЕҚЫҰ Орталық Азияда.",
            "Н.Ә. Назарбаев Солтүстік Атлантикалық келісім ұйымы туралы.")],
        EditorialDecisions.None with
        {
            Terms =
            [
                new TermDecision(Here, "Солтүстік Атлантикалық келісім ұйымы", TermType.Organisation, [], null, null) { Acronyms = ["НАТО"] },
                new TermDecision(Here, "Еуропалық Одақ", TermType.Organisation, [], null, null) { Acronyms = ["ЕО"] },
                new TermDecision(Here, "ЕҚЫҰ", TermType.Acronym, [], null, "Еуропадағы қауіпсіздік және ынтымақтастық ұйымы"),
                new TermDecision(Here, "Астана", TermType.Place, [], null, null),
                new TermDecision(Here, "Орталық Азия", TermType.Place, [], null, null),
                new TermDecision(Here, "Н.Ә. Назарбаев", TermType.Person, [], null, null),
            ],
        });
}
