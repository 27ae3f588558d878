using System.Text.Json;
using Jint;
using Jint.Native;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Search;

/// <summary>
/// The browser's search (theme/assets/search/search.js with stemmer.js) run in Jint over a built
/// site's search/ folder, its fetches answered from the files, so that the search's behaviour
/// and its quality are tested with nothing but the .NET SDK. Not thread-safe: one a test.
/// </summary>
internal sealed class JavaScriptSearch : IDisposable
{
    private readonly Jint.Engine _engine = new();

    public JavaScriptSearch(string site)
    {
        _engine.SetValue("__read", new Func<string, string>(path =>
        {
            Read.Add(path);
            return File.ReadAllText(Path.Combine(site, path));
        }));
        _engine.Execute(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search", "stemmer.js")));
        _engine.Execute(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search", "search.js")));
        _engine.Execute("var __searcher = KzSearch.create('search/', function (url) { return Promise.resolve(JSON.parse(__read(url))); });");
    }

    /// <summary>Every file of the site the searcher has read, in order (it reads each once).</summary>
    public List<string> Read { get; } = [];

    /// <summary>The result URLs (<c>articles/slug/index.html#pN</c>) for a query, best first.</summary>
    public IReadOnlyList<string> Search(string query, string options = "{}")
    {
        var result = _engine.Evaluate($"__searcher.search({JsonSerializer.Serialize(query)}, {options}).then(function (r) {{ return JSON.stringify(r); }})").UnwrapIfPromise();
        using var json = JsonDocument.Parse(result.AsString());
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!)];
    }

    /// <summary>The whole answer, as JSON text.</summary>
    public string Raw(string query, string options = "{}") =>
        _engine.Evaluate($"__searcher.search({JsonSerializer.Serialize(query)}, {options}).then(function (r) {{ return JSON.stringify(r); }})").UnwrapIfPromise().AsString();

    public string Key(string word) => _engine.Evaluate($"KzSearch.key({JsonSerializer.Serialize(word)})").AsString();

    /// <summary>Every key search.js reads a word of the text as filed under (its textKeys), in its order.</summary>
    public IReadOnlyList<string> TextKeys(string word, string lang) =>
        JsonSerializer.Deserialize<string[]>(_engine.Evaluate($"JSON.stringify(KzSearch.textKeys({JsonSerializer.Serialize(word)}, {JsonSerializer.Serialize(lang)}))").AsString())!;

    public void Dispose() => _engine.Dispose();
}
