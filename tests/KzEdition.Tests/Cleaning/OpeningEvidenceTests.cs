using KzEdition.Cleaning;
using KzEdition.Engine.Memo;

namespace KzEdition.Tests.Cleaning;

/// <summary>How the collection opens its paragraphs against its other sentences, pooled over its sources and read by queries.</summary>
public sealed class OpeningEvidenceTests
{
    /// <summary>
    /// A flush source wrapped greedily at 60 characters: seven paragraphs, each opened by
    /// <paramref name="opener"/> and ending in a short line (a sure end, by the fit test), with two
    /// sentences begun inside lines, opened by <paramref name="inside"/>.
    /// </summary>
    private static string Source(string opener, string inside)
    {
        var lines = new List<string>();
        for (var p = 0; p < 7; p++)
        {
            // Each line its own (a year in each sentence): lines that recur are running heads.
            var paragraph = $"{opener} {1991 + p} жылы мемлекеттер арасындағы қатынастар туралы айтылады, келісімдер мен шарттар қабылданды. " +
                $"{inside} {2001 + p} жылы жаңа бағдарламалар жасалып, олардың нәтижелері туралы кеңінен айтылып келеді. " +
                $"{inside} {2011 + p} жылы ынтымақтастық жалғасып, екі жақ та оның болашағына үміт артады.";
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > 60)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = line.Length == 0 ? word : $"{line} {word}";
                }
            }

            lines.Add(line);
        }

        return string.Join('\n', lines);
    }

    [Fact]
    public void Sources_CountTheirSentenceStarts_AfterSureEnds_AndInsideLines()
    {
        var openings = SourceVocabulary.Of(Source("Алайда", "Бұл")).Openings;

        Assert.True(openings.AfterParagraphEnds >= 5, $"{openings.AfterParagraphEnds} sure paragraph starts");
        Assert.True(openings.InsideLines >= 10, $"{openings.InsideLines} sentence starts inside lines");
        Assert.Contains(openings.Signs, s => s.Sign == SentenceOpeningSigns.OpenerPrefix + "алайда" && s.AfterParagraphEnds >= 5);
        Assert.Contains(openings.Signs, s => s.Sign == SentenceOpeningSigns.OpenerPrefix + "бұл" && s.InsideLines >= 10);
    }

    [Fact]
    public void ParagraphStartOdds_FavourTheWordsThatOpenParagraphs_OnceTheCollectionHasEnoughSureEnds()
    {
        var one = OpeningEvidence.From([Source("Алайда", "Бұл")]);
        var collection = OpeningEvidence.From([Source("Алайда", "Бұл"), Source("Алайда", "Бұл"), Source("Алайда", "Бұл"), Source("Алайда", "Бұл"), Source("Алайда", "Бұл")]);

        // One source's few sure ends are not enough to learn from.
        Assert.Equal(0, one.ParagraphStartOdds("туралы айтылады.", "Алайда келісім"));
        Assert.True(collection.ParagraphStartOdds("туралы айтылады.", "Алайда келісім") > 0);
        Assert.True(collection.ParagraphStartOdds("туралы айтылады.", "Бұл келісім") < 0);
    }

    [Fact]
    public void NoTypographicSign_IsTakenForAnOpeningWord()
    {
        Assert.DoesNotContain(SentenceOpeningSigns.Typographic, s => s.StartsWith(SentenceOpeningSigns.OpenerPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Update_GivesWhatTheEvidenceBuiltFromNothingGives_AndAnObservedOddsIsCheckedAgainstNewEvidence()
    {
        var sources = Enumerable.Range(0, 5).Select(_ => SourceVocabulary.Of(Source("Алайда", "Бұл"))).ToList();
        var evidence = OpeningEvidence.From(sources);
        var replacement = SourceVocabulary.Of(Source("Сондықтан", "Алайда"));
        var updated = evidence.Update([sources[0]], [replacement]);
        sources[0] = replacement;

        Assert.Equal(Fingerprints.Of(OpeningEvidence.From(sources)), Fingerprints.Of(updated));

        var log = new ObservationLog();
        _ = ((OpeningEvidence)evidence.ObservedBy(log)).ParagraphStartOdds("туралы айтылады.", "Алайда келісім");
        Assert.True(evidence.Answers(log));
        Assert.False(updated.Answers(log));
    }
}
