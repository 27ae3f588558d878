using System.Collections.Immutable;

namespace KzEdition.Search;

/// <summary>
/// The synonym keys of one article's paragraphs, in paragraph order: what the search index reads of
/// the edition's index for that article. A value of its own, so that an edit which moves another
/// article's locators leaves this article's search postings as they were.
/// </summary>
public sealed record ArticleSynonyms(ImmutableArray<ParagraphSynonyms> Paragraphs)
{
    public static ArticleSynonyms None { get; } = new(ImmutableArray<ParagraphSynonyms>.Empty);

    /// <summary>The keys paragraph <paramref name="number"/> is filed under, or none.</summary>
    public ImmutableArray<string> KeysOf(int number)
    {
        int low = 0, high = Paragraphs.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Paragraphs[middle].Paragraph < number)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < Paragraphs.Length && Paragraphs[low].Paragraph == number ? Paragraphs[low].Keys : [];
    }
}
