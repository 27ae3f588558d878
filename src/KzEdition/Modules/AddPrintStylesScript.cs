using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using KzEdition.Engine;

namespace KzEdition.Modules;

/// <summary>
/// Adds <c>assets/print/styles.js</c>: the theme's stylesheets as a script, for the print edition
/// opened from disk. Paged.js reads a page's stylesheets again to lay it out, and a browser refuses
/// to let a <c>file:</c> page read its files (neither fetch nor <c>cssRules</c>), so from disk the
/// layout never started. Scripts do load from disk: print.js puts each stylesheet the page links in
/// as a style element from this script, with its <c>url()</c>s made absolute, before Paged.js reads
/// them. Served over http the script is loaded and left unused. Reads <see cref="Keys.Bytes"/> of
/// the assets; writes the script's.
/// </summary>
public sealed class AddPrintStylesScript : AllDocumentsModule
{
    public const string Destination = "assets/print/styles.js";

    public override Reads Reads { get; } = Reads.Of(Keys.Bytes);

    public override ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        // By their path in the site, in a fixed order: the same theme gives the same script.
        var sheets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in inputs.Where(d => d.Destination is { } path && path.EndsWith(".css", StringComparison.Ordinal)))
        {
            sheets[asset.Destination!] = Encoding.UTF8.GetString(asset.Get(Keys.Bytes).Span);
        }

        if (sheets.Count == 0)
        {
            return inputs;
        }

        // JSON's default encoder writes only ASCII: nothing in a stylesheet can end the script early.
        var script = "// The site's stylesheets, for the print edition opened from disk (print.js). Made by the build.\n"
            + "window.kzPrintStyles = " + JsonSerializer.Serialize(sheets, Text.PlainJson.Default.SortedDictionaryStringString) + ";\n";
        return [.. inputs.Where(d => d.Destination != Destination), Document.Create(null, Destination).With(Keys.Bytes, (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(script))];
    }
}
