using System.Globalization;
using System.Text;
using System.Text.Json;
using KzEdition.Search;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Search;

/// <summary>
/// How the Kazakh stemmer groups the edition's own word forms (tests/search/stemmer-pairs.json:
/// forms grouped by lemma, each group labelled with a class of form). Over every pair of distinct
/// forms in the set: <em>pair precision</em> is the share of pairs given one stem that share a
/// lemma, <em>pair recall</em> the share of pairs sharing a lemma that are given one stem. Both the
/// C# and the JavaScript stemmer are measured, and must give the same figures; each must stay above
/// floors set a little under what they are. Set KZEDITION_STEMMER_REPORT to a file path to get the
/// figures by class (for the README).
/// </summary>
public sealed class StemmerPairTests
{
    private const double PrecisionFloor = 0.99;
    private const double RecallFloor = 0.99;

    public static string FilePath => Path.Combine(RepoPaths.Root, "tests", "search", "stemmer-pairs.json");

    [Fact]
    public void TheSet_HoldsOnlyCorpusFormsEachOnce()
    {
        var corpus = RealCorpusWords.All.Select(w => SearchText.Lower(SearchText.Prepare(w))).ToHashSet(StringComparer.Ordinal);
        var forms = Load().SelectMany(g => g.Forms).ToArray();

        Assert.True(forms.Length >= 500, $"only {forms.Length} forms");
        Assert.Equal(forms.Length, forms.Distinct(StringComparer.Ordinal).Count());
        Assert.All(forms, f => Assert.Contains(f, corpus));
    }

    [Fact]
    public void TheCSharpStemmer_GroupsTheSetAboveItsFloors()
    {
        var figures = Measure(KazakhStemmer.Stem);
        Report(figures, "C#");

        Assert.True(figures.Overall.Precision >= PrecisionFloor, $"pair precision {figures.Overall.Precision:F3} < {PrecisionFloor}");
        Assert.True(figures.Overall.Recall >= RecallFloor, $"pair recall {figures.Overall.Recall:F3} < {RecallFloor}");
    }

    [Fact]
    public void TheJavaScriptStemmer_GroupsTheSetAsTheCSharpOneDoes()
    {
        using var javaScript = new JavaScriptStemmer();
        var figures = Measure(word => javaScript.Stem(word, "kk"));
        Report(figures, "JavaScript");

        Assert.Equal(Measure(KazakhStemmer.Stem).Rows, figures.Rows);
        Assert.True(figures.Overall.Precision >= PrecisionFloor, $"pair precision {figures.Overall.Precision:F3} < {PrecisionFloor}");
        Assert.True(figures.Overall.Recall >= RecallFloor, $"pair recall {figures.Overall.Recall:F3} < {RecallFloor}");
    }

    /// <summary>A pair of forms counts for the class of each of its forms' groups (once when both share one), and for the whole set.</summary>
    private static Figures Measure(Func<string, string> stem)
    {
        var forms = Load()
            .SelectMany(g => g.Forms.Select(f => (Form: f, g.Lemma, g.Class, Stem: stem(f))))
            .ToArray();
        // Every class is reported, a class of forms that must stay apart with no pair at all (precision 1, 0/0) too.
        var counts = forms.Select(f => f.Class).Distinct().ToDictionary(c => c, _ => new Counts(), StringComparer.Ordinal);
        var overall = new Counts();
        for (var i = 0; i < forms.Length; i++)
        {
            for (var j = i + 1; j < forms.Length; j++)
            {
                var sameLemma = forms[i].Lemma == forms[j].Lemma;
                var sameStem = forms[i].Stem == forms[j].Stem;
                if (!sameLemma && !sameStem)
                {
                    continue;
                }

                overall.Add(sameLemma, sameStem);
                foreach (var name in new[] { forms[i].Class, forms[j].Class }.Distinct(StringComparer.Ordinal))
                {
                    counts[name].Add(sameLemma, sameStem);
                }
            }
        }

        var rows = new List<string> { Row("all", overall, forms.Length) };
        rows.AddRange(counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Row(c.Key, c.Value, forms.Count(f => f.Class == c.Key))));
        return new Figures((overall.Precision, overall.Recall), rows);
    }

    private static string Row(string name, Counts c, int formCount) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-26} {formCount,4} forms  precision {c.Precision:F3} ({c.Correct}/{c.Predicted})  recall {c.Recall:F3} ({c.Correct}/{c.Gold})");

    private static void Report(Figures figures, string implementation)
    {
        var text = $"{implementation}:{Environment.NewLine}{string.Join(Environment.NewLine, figures.Rows)}{Environment.NewLine}";
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        if (Environment.GetEnvironmentVariable("KZEDITION_STEMMER_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, text, Encoding.UTF8);
        }
    }

    private static IReadOnlyList<Group> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FilePath));
        return
        [
            .. document.RootElement.GetProperty("groups").EnumerateArray().Select(g => new Group(
                g.GetProperty("class").GetString()!,
                g.GetProperty("lemma").GetString()!,
                [.. g.GetProperty("forms").EnumerateArray().Select(f => f.GetString()!)])),
        ];
    }

    private sealed record Group(string Class, string Lemma, IReadOnlyList<string> Forms);

    private sealed record Figures((double Precision, double Recall) Overall, IReadOnlyList<string> Rows);

    /// <summary>Pairs given one stem (Predicted), pairs sharing a lemma (Gold), and pairs that are both (Correct).</summary>
    private sealed class Counts
    {
        public int Predicted { get; private set; }

        public int Gold { get; private set; }

        public int Correct { get; private set; }

        public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

        public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

        public void Add(bool sameLemma, bool sameStem)
        {
            Predicted += sameStem ? 1 : 0;
            Gold += sameLemma ? 1 : 0;
            Correct += sameLemma && sameStem ? 1 : 0;
        }
    }
}
