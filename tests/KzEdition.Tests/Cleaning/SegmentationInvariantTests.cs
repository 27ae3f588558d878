using System.Collections.Immutable;
using System.Text;
using KzEdition.Cleaning;
using KzEdition.Model;
using KzEdition.Reading;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Cleaning;

/// <summary>
/// What must hold of every segmentation, whatever the evidence: over the five real sources, every
/// line of text (not blank, not furniture) lies inside exactly one article, and no two articles of
/// a source share a line; over the real sources and every synthetic source of these tests, the
/// segments are in order and hold every block but the separators exactly once.
/// </summary>
public sealed class SegmentationInvariantTests
{
    public static TheoryData<string> RealSources() => [.. RealCorpus.FileNames];

    public static TheoryData<string> SyntheticNames() => [.. SyntheticSources.All.Keys];

    [Theory]
    [MemberData(nameof(RealSources))]
    public void Segment_OfARealSource_PutsEveryLineOfTextInsideExactlyOneSegment(string file)
    {
        var cleaned = RealCorpus.Clean(file);

        AssertEveryTextLineInExactlyOneSegment(cleaned, ArticleSegmenter.Segment(cleaned));
    }

    [Theory]
    [MemberData(nameof(RealSources))]
    public void Segment_OfARealSourceWithTheRealEditorialSplits_PutsEveryLineOfTextInsideExactlyOneSegment(string file)
    {
        var cleaned = RealCorpus.Clean(file);
        var editorial = RealCorpus.Editorial;

        var segments = ArticleSegmenter.Segment(cleaned, editorial.SplitLinesOf(file), editorial.JoinLinesOf(file));

        AssertEveryTextLineInExactlyOneSegment(cleaned, segments);
    }

    [Theory]
    [MemberData(nameof(RealSources))]
    public void Segment_OfARealSource_NeverLetsTwoSegmentsOverlap(string file)
    {
        var cleaned = RealCorpus.Clean(file);
        var editorial = RealCorpus.Editorial;

        foreach (var segments in new[] { ArticleSegmenter.Segment(cleaned), ArticleSegmenter.Segment(cleaned, editorial.SplitLinesOf(file)) })
        {
            for (var i = 0; i < segments.Length; i++)
            {
                for (var j = i + 1; j < segments.Length; j++)
                {
                    var (a, b) = (segments[i], segments[j]);
                    Assert.False(
                        a.FirstLine <= b.LastLine && b.FirstLine <= a.LastLine,
                        $"{file}: segment {a.Ordinal} (lines {a.FirstLine}-{a.LastLine}) overlaps segment {b.Ordinal} (lines {b.FirstLine}-{b.LastLine})");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(RealSources))]
    public void Segment_OfARealSource_HoldsEveryBlockButSeparatorsOnceInOrder(string file)
    {
        var cleaned = RealCorpus.Clean(file);

        AssertPartition(cleaned, ArticleSegmenter.Segment(cleaned));
        AssertPartition(cleaned, ArticleSegmenter.Segment(cleaned, RealCorpus.Editorial.SplitLinesOf(file)));
    }

    [Theory]
    [MemberData(nameof(SyntheticNames))]
    public void Segment_OfASyntheticSource_HoldsEveryBlockButSeparatorsOnceInOrder(string name)
    {
        var cleaned = CleaningRun.Clean(SyntheticSources.All[name], name + ".txt");

        AssertPartition(cleaned, ArticleSegmenter.Segment(cleaned));
    }

    [Theory]
    [MemberData(nameof(SyntheticNames))]
    public void Segment_OfASyntheticSource_SplitAtEveryBlock_StillHoldsEveryBlockOnceInOrder(string name)
    {
        var cleaned = CleaningRun.Clean(SyntheticSources.All[name], name + ".txt");
        var everyStart = cleaned.Blocks.Select(b => b.FirstLine).ToHashSet();

        var segments = ArticleSegmenter.Segment(cleaned, everyStart);

        AssertPartition(cleaned, segments);
    }

    [Theory]
    [MemberData(nameof(SyntheticNames))]
    public void Segment_OfASyntheticSource_JoinedEverywhere_IsOneSegmentHoldingEveryBlock(string name)
    {
        var cleaned = CleaningRun.Clean(SyntheticSources.All[name], name + ".txt");
        var starts = ArticleSegmenter.Segment(cleaned).Select(s => s.FirstLine).ToHashSet();

        var segments = ArticleSegmenter.Segment(cleaned, joinLines: starts);

        AssertPartition(cleaned, segments);
        Assert.Single(segments);
    }

    [Fact]
    public void SyntheticSources_AreLaidOutAsTheirTestsAssume()
    {
        // The synthetic sources only test what they mean to test if the cleaner reads their layout as intended.
        foreach (var (name, text) in SyntheticSources.All)
        {
            var expected = SyntheticSources.SentencePerLine.Contains(name) ? SourceLayout.SentencePerLine
                : name == nameof(SyntheticSources.Encyclopedia) ? SourceLayout.ParagraphPerLine
                : SourceLayout.HardWrapped;
            Assert.True(expected == CleaningRun.Clean(text, name + ".txt").Layout, $"{name}: expected {expected}");
        }
    }

    private static void AssertEveryTextLineInExactlyOneSegment(CleanedSource cleaned, ImmutableArray<ArticleSegment> segments)
    {
        var furniture = cleaned.Furniture.Select(f => f.Line).ToHashSet();
        var lines = cleaned.Source.Lines;
        Assert.NotEmpty(segments);
        for (var n = 1; n <= lines.Length; n++)
        {
            if (lines[n - 1].Trim().Length == 0 || furniture.Contains(n))
            {
                continue;
            }

            var holders = segments.Where(s => s.FirstLine <= n && n <= s.LastLine).Select(s => s.Ordinal).ToList();
            Assert.True(
                holders.Count == 1,
                $"{cleaned.Source.FileName} line {n} («{lines[n - 1].Trim()}») lies in {holders.Count} segments ({string.Join(", ", holders)})");
        }
    }

    /// <summary>The segments, in order, hold exactly the source's blocks other than separators, each once, in source order.</summary>
    internal static void AssertPartition(CleanedSource cleaned, ImmutableArray<ArticleSegment> segments)
    {
        var expected = cleaned.Blocks.Where(b => b.Kind != BlockKind.Boundary).ToList();
        var actual = segments.SelectMany(s => s.Blocks).ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Same(expected[i], actual[i]);
        }

        Assert.Equal(Enumerable.Range(1, segments.Length), segments.Select(s => s.Ordinal));
        Assert.All(segments, s => Assert.NotEmpty(s.Blocks));
        Assert.All(segments, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.All(segments, s => Assert.Same(cleaned, s.Source));
        for (var i = 1; i < segments.Length; i++)
        {
            // Two segments share a line only where a ".." paragraph mark ends one text and starts the next inside it.
            var (end, start) = (segments[i - 1].LastLine, segments[i].FirstLine);
            var sharedAtAMark = end == start && LayoutDetector.ParagraphMark().IsMatch(cleaned.Source.Lines[start - 1]);
            Assert.True(end < start || sharedAtAMark, $"segment {i} ends at line {end}, segment {i + 1} starts at line {start}");
        }
    }
}

/// <summary>The five real sources of input/sources/, cleaned as a build cleans them (with the whole corpus as evidence).</summary>
internal static class RealCorpus
{
    private static readonly Lazy<SourceText[]> Sources = new(() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "sources"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => SourceReader.Read(f, "input/sources/" + Path.GetFileName(f)))]);

    private static readonly Lazy<WordEvidence> Words = new(() => WordEvidence.From(Sources.Value.Select(s => s.Text)));

    private static readonly Lazy<KzEdition.Editorial.EditorialDecisions> Decisions = new(() => KzEdition.Editorial.EditorialLoader.Load(RepoPaths.Input, "input"));

    public static IEnumerable<string> FileNames => Sources.Value.Select(s => s.FileName);

    public static WordEvidence WordEvidence => Words.Value;

    public static CaseEvidence CaseEvidence => CaseEvidence.From(Sources.Value.Select(s => s.Text));

    public static KzEdition.Editorial.EditorialDecisions Editorial => Decisions.Value;

    public static SourceText Source(string file) => Sources.Value.Single(s => s.FileName == file);

    public static CleanedSource Clean(string file) => SourceCleaner.Clean(Source(file), Words.Value);
}

/// <summary>
/// Runs text through the cleaner as a build does: decoded from UTF-8 bytes, cleaned, segmented and
/// built into articles, with the text itself as the corpus.
/// </summary>
internal static class CleaningRun
{
    public static SourceText Read(string text, string name = "synthetic.txt") =>
        SourceReader.Decode(Encoding.UTF8.GetBytes(text), "input/sources/" + name);

    public static CleanedSource Clean(string text, string name = "synthetic.txt")
    {
        var source = Read(text, name);
        return SourceCleaner.Clean(source, WordEvidence.From([source.Text]));
    }

    public static ImmutableArray<ArticleSegment> Segments(string text, string name = "synthetic.txt", IReadOnlySet<int>? splitLines = null, IReadOnlySet<int>? joinLines = null) =>
        ArticleSegmenter.Segment(Clean(text, name), splitLines, joinLines);

    public static ImmutableArray<Article> Articles(string text, string name = "synthetic.txt") =>
        [.. Segments(text, name).Select(s => Build(s, text))];

    public static Article Build(ArticleSegment segment, string text) =>
        ArticleBuilder.Build(segment, CaseEvidence.From([text]), WordEvidence.From([text]), "kk");

    /// <summary>A cleaned source made directly of blocks, for builder and reader tests that need an exact shape.</summary>
    public static ArticleSegment SegmentOf(SourceLayout layout, params TextBlock[] blocks)
    {
        var text = string.Join('\n', blocks.SelectMany(b => b.RawLines.IsDefaultOrEmpty ? [b.Text] : b.RawLines.AsEnumerable()));
        var source = new SourceText("input/sources/blocks.txt", "blocks.txt", text, "UTF-8");
        var cleaned = new CleanedSource(source, layout, [.. blocks], [], [], []);
        return new ArticleSegment(cleaned, 1, [.. blocks], "start of the source");
    }
}

/// <summary>
/// Small sources written for these tests, in the two layouts of the corpus: hard-wrapped lines of
/// a PDF extraction, and one sentence a line with ".." ending a paragraph (a web-form export).
/// </summary>
internal static class SyntheticSources
{
    public static IReadOnlyDictionary<string, string> All { get; } = typeof(SyntheticSources)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToDictionary(f => f.Name, f => (string)f.GetValue(null)!);

    public static IReadOnlySet<string> SentencePerLine { get; } = new HashSet<string>
    {
        nameof(Separated), nameof(LowerCaseStart), nameof(EndsMidSentence), nameof(WitnessWeb),
    };
    public const string JournalArticle = """
        ҚАЗАҚСТАН МЕН НАТО АРАСЫНДАҒЫ ЫНТЫМАҚТАСТЫҚ
        Л.Т. Исова
        Әл-Фараби атындағы Қазақ ұлттық университеті, Алматы, Қазақстан
        Аңдатпа. Мақалада Қазақстан Республикасы мен Солтүстік Атлантикалық келісім ұйымы
        арасындағы ынтымақтастықтың негізгі бағыттары қарастырылады.
        Түйін сөздер: Қазақстан, НАТО, қауіпсіздік, ынтымақтастық.
        Кіріспе
        Тәуелсіздік алғаннан кейін Қазақстан көпвекторлы сыртқы саясатты ұстанып, әлемнің
        жетекші мемлекеттерімен және халықаралық ұйымдармен тең құқылы қарым-қатынас орнатуға
        ұмтылды. Осы бағытта НАТО-мен әріптестік ерекше орын алады.
        Қазақстанның НАТО-мен ынтымақтастығы бірнеше бағытта жүзеге асырылады:
        1. саяси диалог және өзара кеңес;
        2. бітімгершілік операцияларға дайындық;
        3. ғылыми және экологиялық бағдарламалар.
        Бітімгершілік саласында Қазақстан батальоны халықаралық оқу-жаттығуларға тұрақты түрде
        қатысып, НАТО стандарттарына сай даярлықтан өтті. Бұл тәжірибе Қазақстанның Біріккен
        Ұлттар Ұйымының бітімгершілік миссияларына қатысуына жол ашты.
        Қорытынды
        Қорыта айтқанда, Қазақстан мен НАТО арасындағы ынтымақтастық елдің ұлттық мүдделеріне
        сай дамып келеді және өңірлік қауіпсіздікті нығайтуға үлес қосады.
        Әдебиеттер
        1. Назарбаев Н.Ә. Қазақстан жолы. – Астана, 2007. – 372 б.
        2. Токаев К.К. Под стягом независимости. – Алматы, 1997.
        """;

    public const string Separated = """
        Қазақстан 1992 жылы Солтүстік Атлантикалық ынтымақтастық кеңесіне қосылды.
        Бұл қадам елдің қауіпсіздік саясатындағы жаңа кезеңнің басы болды..Кейінгі жылдары әріптестік бағдарламалары кеңейе түсті.
        Ынтымақтастықтың негізгі бағыттары бітімгершілік пен ғылыми жобалар болды.
        --------------------
        Түркия мен Қазақстан арасындағы қарым-қатынас тарихи және мәдени тамырларға негізделеді.
        Екі ел 1991 жылы дипломатиялық қатынас орнатты..Бүгінде екі ел арасындағы сауда көлемі жыл сайын өсіп келеді.
        Білім беру саласындағы ынтымақтастық та кеңеюде.
        """;

    public const string AuthorAndTitle = """
        Осылайша, Еуропалық Одақтың Орталық Азиядағы саясаты білім беру, энергетика және
        қауіпсіздік салаларындағы бағдарламалар арқылы жүзеге асырылып, өңір елдерімен
        тұрақты диалогқа негізделеді.
        А.Б. Серікбаева
        ОРТАЛЫҚ АЗИЯДАҒЫ ЭНЕРГЕТИКАЛЫҚ ҚАУІПСІЗДІК
        Орталық Азия елдері мұнай, газ және уран қорларына бай, сондықтан өңір әлемдік
        энергетикалық нарықта маңызды орын алады. Қазақстан мен Түрікменстан энергия
        ресурстарын экспорттаудың жаңа бағыттарын іздестіруде.
        """;

    public const string TitleAfterText = """
        Осылайша, Еуропалық Одақтың Орталық Азиядағы саясаты білім беру, энергетика және
        қауіпсіздік салаларындағы бағдарламалар арқылы жүзеге асырылып, өңір елдерімен
        тұрақты диалогқа негізделеді.
        ОРТАЛЫҚ АЗИЯДАҒЫ ЭНЕРГЕТИКАЛЫҚ ҚАУІПСІЗДІК
        Орталық Азия елдері мұнай, газ және уран қорларына бай, сондықтан өңір әлемдік
        энергетикалық нарықта маңызды орын алады. Қазақстан мен Түрікменстан энергия
        ресурстарын экспорттаудың жаңа бағыттарын іздестіруде.
        """;

    public const string AbstractAfterText = """
        Сонымен, өңірлік ұйымдардың тиімділігі мүше мемлекеттердің саяси еркіне және ортақ
        мүдделерді айқындай білуіне тікелей байланысты. Бұл тұжырым Орталық Азиядағы
        ынтымақтастық тәжірибесінде де, Еуропадағы интеграция үдерісінде де айқын
        байқалады.
        Аңдатпа. Мақалада Түркия мен Қазақстан арасындағы мәдени-гуманитарлық байланыстардың
        қазіргі жағдайы талданады.
        Түйін сөздер: Түркия, Қазақстан, мәдениет, білім беру.
        Екі ел арасындағы мәдени байланыстар ортақ тарих пен тілдік туыстыққа негізделеді,
        сондықтан білім беру, ғылым және өнер салаларындағы алмасу бағдарламалары соңғы
        жылдары едәуір кеңейіп, жастар арасындағы байланыстар нығая түсті.
        """;

    public const string AffiliationAfterText = """
        Сонымен, өңірлік ұйымдардың тиімділігі мүше мемлекеттердің саяси еркіне және ортақ
        мүдделерді айқындай білуіне тікелей байланысты. Бұл тұжырым Орталық Азиядағы
        ынтымақтастық тәжірибесінде де, Еуропадағы интеграция үдерісінде де айқын
        байқалады.
        Халықаралық қатынастар факультетінің магистранты, Астана, Қазақстан
        Аңдатпа. Мақалада Түркия мен Қазақстан арасындағы мәдени-гуманитарлық байланыстардың
        қазіргі жағдайы талданады.
        Екі ел арасындағы мәдени байланыстар ортақ тарих пен тілдік туыстыққа негізделеді,
        сондықтан білім беру, ғылым және өнер салаларындағы алмасу бағдарламалары соңғы
        жылдары едәуір кеңейіп, жастар арасындағы байланыстар нығая түсті.
        """;

    public const string ReferencesThenHeading = """
        Қорыта айтқанда, Қазақстан мен НАТО арасындағы ынтымақтастық елдің ұлттық мүдделеріне
        сай дамып келеді және өңірлік қауіпсіздікті нығайтуға өз үлесін қосады. Алдағы
        уақытта ынтымақтастық жаңа бағыттармен толыға түседі.
        Әдебиеттер
        1. Назарбаев Н.Ә. Қазақстан жолы. – Астана, 2007. – 372 б.
        2. Токаев К.К. Под стягом независимости. – Алматы, 1997.
        Кіріспе
        Қазақстан мен Түркия арасындағы қарым-қатынастар тек саяси астарға ғана негізделмейді,
        елдер арасындағы таза мәдени байланыстардың құндылығы да ерекше екендігін көруге
        болады. Екіжақты ынтымақтастықтың болашағынан зор үміт күтуге болады.
        """;

    public const string ReferencesThenText = """
        Қорыта айтқанда, Қазақстан мен НАТО арасындағы ынтымақтастық елдің ұлттық мүдделеріне
        сай дамып келеді және өңірлік қауіпсіздікті нығайтуға өз үлесін қосады. Алдағы
        уақытта ынтымақтастық жаңа бағыттармен толыға түседі.
        Әдебиеттер
        1. Назарбаев Н.Ә. Қазақстан жолы. – Астана, 2007. – 372 б.
        2. Токаев К.К. Под стягом независимости. – Алматы, 1997.
        Қазақстан мен Түркия арасындағы қарым-қатынастар тек саяси астарға ғана негізделмейді,
        елдер арасындағы таза мәдени байланыстардың құндылығы да ерекше екендігін көруге
        болады. Екіжақты ынтымақтастықтың болашағынан зор үміт күтуге болады.
        """;

    public const string LanguageChange = """
        Орталық Азия мемлекеттері тәуелсіздік алғаннан кейін өңірлік қауіпсіздікті нығайту үшін
        көпжақты ұйымдармен ынтымақтастықты дамытуға ерекше көңіл бөлді. Бұл үдерісте Еуропадағы
        қауіпсіздік және ынтымақтастық ұйымы мен НАТО-ның әріптестік бағдарламалары маңызды рөл
        атқарды.
        Государства Центральной Азии после обретения независимости столкнулись с необходимостью
        выстраивать собственную систему безопасности. Сотрудничество с международными
        организациями позволило им укрепить пограничную службу и модернизировать вооруженные
        силы.
        """;

    public const string RussianReferenceEntry = """
        Орталық Азия мемлекеттері тәуелсіздік алғаннан кейін өңірлік қауіпсіздікті нығайту үшін
        көпжақты ұйымдармен ынтымақтастықты дамытуға ерекше көңіл бөлді. Бұл үдерісте Еуропадағы
        қауіпсіздік және ынтымақтастық ұйымы мен НАТО-ның әріптестік бағдарламалары маңызды рөл
        атқарды.
        Әдебиеттер
        Акматалиева А.М. Трансатлантическое партнерство по вопросам безопасности в Центральной
        Азии: автореферат диссертации на соискание ученой степени кандидата политических наук.
        – Бишкек: Кыргызско-Российский славянский университет им. Б.Н. Ельцина, 2011. – 24 с.
        """;

    public const string Tables = """
        Қазақстанның халықаралық ұйымдармен ынтымақтастығы бірнеше салада жүзеге асырылады,
        олардың негізгілері төмендегі кестеде көрсетілген.
        1 кесте
        Қазақстанның халықаралық ұйымдармен ынтымақтастығының негізгі
        бағыттары
         Саяси ынтымақтастық: саммиттер мен министрлер кеңестеріне тұрақты қатысу, екіжақты
        кеңестер өткізу;
         Экономикалық ынтымақтастық: инвестиция тарту, сауданы кеңейту.
        Дереккөз: Қазақстан Республикасы Сыртқы істер министрлігі, 2020.
        Кестеден көрініп тұрғандай, ынтымақтастықтың басым бөлігі қауіпсіздік пен экономика
        салаларына тиесілі.
        2 кесте
        Орталық Азия елдерінің Ауғанстандағы халықаралық күштерге қолдауы
        Қазақстан  2009 жылы Ауғанстандағы халықаралық күштерге азаматтық жүктерді транзитпен
        өткізуге рұқсат берді;
         2013 жылы Қазақстан бітімгершілік батальонын дайындауды аяқтады.
        Қырғызстан  2001 жылы Манас әуежайын коалиция күштеріне берді.
        Ауғанстандағы жағдайдың тұрақтануы Орталық Азия елдерінің қауіпсіздігі үшін маңызды,
        сондықтан өңір мемлекеттері халықаралық қауымдастықпен бірлесіп Ауғанстанның экономикалық
        қайта құрылуына қолдау көрсетуді жалғастырып келеді. Бұл бағытта көлік дәліздерін дамыту
        және энергетикалық жобаларды жүзеге асыру ерекше маңызға ие.
        """;

    public const string EmptyReferences = """
        Жалпы, ұлттық құрылыс қоғамның барлық мүшелерінің қатысуын және үнемі даму мен
        жетілдіруді қажет ететін күрделі процесс болып табылады.
        Қолданылған әдебиеттер тізімі
        """;

    public const string LowerCaseStart = """
        және әлеуметтік-экономикалық реформалар жүргізу кіреді.
        Мемлекет ұлттық құрылыста шешуші рөл атқарады..Алайда табысты ұлттық құрылысқа жету жолында түрлі проблемалар туындауы мүмкін.
        Сондықтан басқа елдердің тәжірибесін зерттеу маңызды..Ұлттық құрылыс күрделі процесс.
        """;

    public const string EndsMidSentence = """
        Мемлекет ұлттық құрылыста шешуші рөл атқарады.
        Ол құқықтық және саяси тұрақтылықты қамтамасыз етеді..Алайда табысты ұлттық құрылысқа жету жолында түрлі проблемалар туындауы мүмкін.
        Сондықтан басқа елдердің тәжірибесін зерттеу маңызды..Ұлттық құрылыстың сәттілігіне әсер ететін факторлардың қатарына
        """;

    public const string Encyclopedia = "Солтүстік атлантикалық келісім ұйымы, НАТО - әскери-саяси одақ. 1949 жылы 4 сәуірде 12 мемлекет Солтүстік Атлантикалық келісімшартқа қол қойды. Қазақстан 1994 жылы «Бейбітшілік жолындағы әріптестік» бағдарламасына қосылды.";

    public const string WitnessWeb = """
        Шанхай ынтымақтастық ұйымы 2001 жылы Қытай, Ресей, Қазақстан, Қырғызстан, Тәжікстан және Өзбекстан мемлекеттерінің бастамасымен құрылды.
        Ұйымның негізгі мақсаты өңірдегі қауіпсіздікті нығайту және мүше мемлекеттер арасындағы сенімді арттыру болып табылады..Уақыт өте келе ұйымның қызметі экономикалық және мәдени салаларды да қамти бастады.
        Мүше мемлекеттер көлік дәліздерін дамыту, энергетикалық жобаларды бірлесіп жүзеге асыру және сауда кедергілерін азайту туралы келісімдерге қол қойды.
        Қазақстан ұйым аясында терроризмге, сепаратизмге және экстремизмге қарсы күрестегі ынтымақтастықты белсенді қолдайды..Бүгінде Шанхай ынтымақтастық ұйымы Еуразиядағы ең ірі өңірлік ұйымдардың бірі саналады.
        """;

    public const string WitnessPdf = """
        ШАНХАЙ ЫНТЫМАҚТАСТЫҚ ҰЙЫМЫ ЖӘНЕ ҚАЗАҚСТАН
        Шанхай ынтымақтастық ұйымы 2001 жылы Қытай, Ресей, Қазақстан, Қырғызстан, Тәжікстан
        және Өзбекстан мемлекеттерінің бастамасымен құрылды. Ұйымның негізгі мақсаты өңірдегі
        қауіпсіздікті нығайту және мүше мемлекеттер арасындағы сенімді арттыру болып табылады.
        Уақыт өте келе ұйымның қызметі экономикалық және мәдени салаларды да қамти бастады.
        Мүше мемлекеттер көлік дәліздерін дамыту, энергетикалық жобаларды бірлесіп жүзеге асыру
        және сауда кедергілерін азайту туралы келісімдерге қол қойды. Қазақстан ұйым аясында
        терроризмге, сепаратизмге және экстремизмге қарсы күрестегі ынтымақ-
        тастықты белсенді қолдайды. Бүгінде Шанхай ынтымақтастық ұйымы Еуразиядағы ең ірі
        аймақтық ұйымдардың бірі саналады.
        """;
}
