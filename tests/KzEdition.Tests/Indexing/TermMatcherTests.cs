using KzEdition.Indexing;

namespace KzEdition.Tests.Indexing;

public sealed class TermMatcherTests
{
    private static readonly TermMatcher Matcher = new([
        ("НАТО", "nato"),
        ("Қазақстан", "kz"),
        ("Орталық Азия", "ca"),
        ("Азия", "asia"),
        ("Н.Ә. Назарбаев", "nazarbayev"),
        ("Назарбаев", "nazarbayev"),
        ("Еуропа", "europe"),
        ("ОА", "ca"),
    ]);

    private static List<(string Text, string Entry)> Find(string text, string lang = "kk") =>
        [.. Matcher.Matches(text, lang).Select(m => (text.Substring(m.Start, m.Length), m.Entry))];

    [Fact]
    public void Matches_FindInflectedForms_UnderOneEntry() =>
        Assert.Equal(
            [("НАТО-ның", "nato"), ("Қазақстанға", "kz"), ("НАТО", "nato"), ("Қазақстандағы", "kz")],
            Find("НАТО-ның Қазақстанға келуі. НАТО мен Қазақстандағы өкілдік."));

    [Fact]
    public void Matches_PreferTheLongestSpelling() =>
        Assert.Equal([("Орталық Азиядағы", "ca"), ("Азия", "asia")], Find("Орталық Азиядағы жағдай, Азия елдері."));

    [Fact]
    public void Matches_JoinInitialsWrittenWithOrWithoutSpaces() =>
        Assert.Equal(
            [("Н.Ә.Назарбаевтың", "nazarbayev"), ("Н.Ә. Назарбаев", "nazarbayev"), ("Назарбаевқа", "nazarbayev")],
            Find("Н.Ә.Назарбаевтың сөзі; Н.Ә. Назарбаев айтты; Назарбаевқа хат."));

    [Fact]
    public void Matches_RejectDerivationsAndOtherWords() =>
        Assert.Empty(Find("Еуропалық одақ, қазақстандық тәжірибе, оа деген сөз, НАТОлық."));

    [Fact]
    public void Matches_AcronymsOnlyInCapitals_AndNamesOnlyCapitalised() =>
        Assert.Equal([("ОА", "ca")], Find("ЕО-ОА платформасы; нато; қазақстан"));

    [Fact]
    public void Matches_IgnoreStressMarks() =>
        Assert.Equal([("НА\u0301ТО-ға", "nato")], Find("НА\u0301ТО-ға"));

    [Fact]
    public void Matches_InRussianText_TakeRussianEndings() =>
        Assert.Equal([("Назарбаева", "nazarbayev")], Find("визит Назарбаева", "ru"));

    [Fact]
    public void Matches_InRussianText_DeclineANounInAOrYaByItsLastLetter()
    {
        // Турция: Турции, Турцию, Турцией; Европа: Европе. Only in Russian text, only with an ending.
        var matcher = new TermMatcher([("Турция", "turkey"), ("Еуропа", "europe"), ("Европа", "europe"), ("Рига", "riga")]);
        List<(string, string)> Find(string text, string lang) => [.. matcher.Matches(text, lang).Select(m => (text.Substring(m.Start, m.Length), m.Entry))];

        Assert.Equal(
            [("Турции", "turkey"), ("Турцию", "turkey"), ("Турцией", "turkey"), ("Турция", "turkey"), ("Европе", "europe")],
            Find("президент Турции, визит в Турцию, с Турцией; Турция и Европе.", "ru"));
        Assert.Equal(3, matcher.Matches("Турция, Турцией, Европой", "ru").Count);
        Assert.Empty(Find("Турци, турецкий, Европейский, Риге", "ru")); // a stem alone, derivations, a noun too short
        Assert.Empty(Find("Турции, Еуропе", "kk"));
    }

    [Fact]
    public void Matches_ANameEndingInThePossessive_TakeTheCaseEndingsAfterIt()
    {
        // ынтымақтастық кеңесі is кеңес with the possessive: its dative is кеңесі·не, its locative
        // кеңесі·нде (not кеңесі·ге, кеңесі·де, which the bare stem would take, and are found too).
        var matcher = new TermMatcher([("Солтүстікатлантикалық ынтымақтастық кеңесі", "nacc"), ("Орталық Азия аймағы", "region"), ("Алматы", "almaty")]);
        List<(string, string)> Find(string text, string lang) => [.. matcher.Matches(text, lang).Select(m => (text.Substring(m.Start, m.Length), m.Entry))];

        Assert.Equal(
            [("Солтүстікатлантикалық ынтымақтастық кеңесіне", "nacc"), ("Орталық Азия аймағында", "region"), ("Орталық Азия аймағындағы", "region"), ("Орталық Азия аймағының", "region")],
            Find("Солтүстікатлантикалық ынтымақтастық кеңесіне кірді; Орталық Азия аймағында, Орталық Азия аймағындағы, Орталық Азия аймағының.", "kk"));
        Assert.Empty(Find("Алматына, кеңесіне, Орталық Азия аймағылық", "kk")); // a one-word name; not the whole name; a derivation
        Assert.Empty(Find("Орталық Азия аймағына", "ru"));
    }

    [Fact]
    public void Matches_WithNoTerms_FindNothing() =>
        Assert.Empty(new TermMatcher([]).Matches("НАТО", "kk"));
}
