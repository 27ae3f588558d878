using Jint;
using KzEdition.Tests.Support;

namespace KzEdition.Tests.Search;

/// <summary>
/// The browser's stemmers (theme/assets/search/stemmer.js) run in Jint, a JavaScript interpreter
/// written in .NET, so that the tests need nothing but the .NET SDK. Not thread-safe: one a test.
/// </summary>
internal sealed class JavaScriptStemmer : IDisposable
{
    public static string ScriptPath => Path.Combine(RepoPaths.Theme, "assets", "search", "stemmer.js");

    private readonly Jint.Engine _engine = new();

    public JavaScriptStemmer() => _engine.Execute(File.ReadAllText(ScriptPath));

    public string Stem(string word, string language) =>
        _engine.Invoke(language == "ru" ? "ruStem" : "kzStem", word).AsString();

    public void Dispose() => _engine.Dispose();
}
