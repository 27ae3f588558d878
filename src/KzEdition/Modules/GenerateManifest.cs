using System.Collections.Immutable;
using System.Text.Json;
using KzEdition.Engine;
using KzEdition.Site;

namespace KzEdition.Modules;

/// <summary>
/// Writes <c>edition.json</c>: the edition's metadata, each article's entry (made by
/// <see cref="DescribeArticle"/>; reads <see cref="EditionKeys.ManifestEntry"/>) and the Indices
/// pipeline's <see cref="EditionIndex"/> (each index: name, URL, number of entries), in parts
/// (<see cref="Keys.Parts"/>), exactly as one serialization of the whole writes it (tested).
/// </summary>
public sealed class GenerateManifest(string indicesPipeline) : AllDocumentsModule
{
    public override Reads Reads { get; } = Reads.Of(EditionKeys.ManifestEntry)
        .From(indicesPipeline, EditionKeys.EditionIndex)
        .Using(EditionResources.Settings, EditionResources.Theme, EditionResources.Options)
        .NotRemembered();

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var settings = context.Get(EditionResources.Settings);
        var print = context.Get(EditionResources.Theme).HasLayout(RenderPage.PrintLayout);
        var pdf = context.Get(EditionResources.Options).Pdf;
        var index = SharedOutputs.Index(context, indicesPipeline);
        var indices = index.KindsWithRows()
            .Select(k => new ManifestIndex(SitePaths.IndexName(k), SitePaths.PrettyUrl(SitePaths.IndexPage(k)), index.Rows(k).Count()))
            .Concat(index.Timeline.IsEmpty ? [] : [new ManifestIndex("timeline", SitePaths.PrettyUrl(SitePaths.Timeline), index.Timeline.Length)]);
        var manifest = new EditionManifest(
            settings.Title, settings.Subtitle, settings.Lang, settings.BaseUrl, settings.Editors, settings.Publisher,
            settings.Year, settings.Date, settings.Licence, [], [.. indices])
        {
            Print = print ? SitePaths.PrettyUrl(SitePaths.PrintEdition) : null,
            Pdf = print && pdf ? SitePaths.PrintPdf(settings.Slug) : null,
        };
        var entries = inputs.Select(d => d.Get(EditionKeys.ManifestEntry)).ToList();
        return [Document.Create(null, SitePaths.Manifest).With(Keys.Parts, Parts(manifest, entries))];
    }

    /// <summary>The manifest as <see cref="JsonSerializer"/> writes it whole, in parts: the rest of it, and each article's entry.</summary>
    private static ContentParts Parts(EditionManifest manifest, List<string> entries)
    {
        var whole = JsonSerializer.Serialize(manifest, DescribeArticle.Json.EditionManifest) + "\n";
        if (entries.Count == 0)
        {
            return new ContentParts([whole]);
        }

        // The articles' place: an empty array, as the serializer writes it, at the first level.
        const string Empty = "\n  \"articles\": []";
        var at = whole.IndexOf(Empty, StringComparison.Ordinal);
        var parts = ImmutableArray.CreateBuilder<string>((entries.Count * 2) + 1);
        parts.Add(whole[..at] + "\n  \"articles\": [\n");
        for (var i = 0; i < entries.Count; i++)
        {
            parts.Add(entries[i]);
            parts.Add(i < entries.Count - 1 ? ",\n" : "\n  ]" + whole[(at + Empty.Length)..]);
        }

        return new ContentParts(parts.MoveToImmutable());
    }
}
