using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Syntax;

namespace KzEdition.Markdown.Rendering;

/// <summary>
/// Renderers set up by a pipeline, kept for reuse: setting one up costs more than a small body's
/// rendering, and a build renders every body two or three times (site, Latin page, print), on
/// several threads at once. Each render takes a renderer of its own.
/// </summary>
public static class EditionHtmlRendererPool
{
    /// <summary>A renderer that grew beyond this many characters is not kept (one huge body should not pin its buffer).</summary>
    private const int MaxKeptCapacity = 1 << 20;

    private static readonly ConditionalWeakTable<MarkdownPipeline, ConcurrentBag<EditionHtmlRenderer>> Pools = new();

    public static string Render(MarkdownPipeline pipeline, MarkdownDocument document, BodyRenderOptions options)
    {
        var pool = Pools.GetValue(pipeline, _ => []);
        if (!pool.TryTake(out var renderer))
        {
            renderer = new EditionHtmlRenderer();
            pipeline.Setup(renderer);
        }

        var html = renderer.Render(document, options);
        if (renderer.Capacity <= MaxKeptCapacity)
        {
            pool.Add(renderer);
        }

        return html;
    }
}
