using Markdig.Syntax;

namespace KzEdition.Markdown.Extensions.ParagraphNumbers;

/// <summary>
/// Numbers a parsed document's body paragraphs: each paragraph that is a child of the document
/// itself, from 1, in reading order, so the same text gets the same numbers on every build. Runs
/// once the whole document is parsed, when a paragraph that became a table or a heading is no
/// longer one.
/// </summary>
public static class ParagraphNumberer
{
    public static void Number(MarkdownDocument document)
    {
        var number = 0;
        foreach (var block in document)
        {
            if (block is ParagraphBlock paragraph)
            {
                new ParagraphNumber(++number).AttachTo(paragraph);
            }
        }
    }
}
