using System.Collections.Immutable;
using KzEdition.Engine;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KzEdition.Configuration;

/// <summary>
/// Reads <c>edition.yml</c>. Unknown keys are errors, not silently ignored: a misspelt
/// <c>tilte:</c> should be caught, with its line and column.
/// </summary>
public static partial class EditionSettingsLoader
{
    public const string FileName = "edition.yml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>Loads the settings from the input folder; the defaults when it has no edition.yml.</summary>
    public static EditionSettings Load(string inputDirectory, string displayInput)
    {
        var path = Path.Combine(inputDirectory, FileName);
        var display = $"{displayInput.TrimEnd('/', '\\')}/{FileName}";
        // Not File.Exists: it follows a symbolic link, and says no for a dangling one.
        return Reading.FileKinds.Of(path).Kind == Reading.FileKind.Missing ? EditionSettings.Default : Parse(Reading.InputFile.ReadAllText(path, display), display);
    }

    public static EditionSettings Parse(string yaml, string displayPath)
    {
        if (YamlText.TabIndentation(yaml) is { } tab)
        {
            throw new BuildException(Diagnostic.Error("a tab indents this line; YAML indents with spaces only", displayPath, tab.Line, tab.Column));
        }

        EditionFile? file;
        try
        {
            file = Deserializer.Deserialize<EditionFile?>(yaml);
        }
        catch (YamlException ex)
        {
            // YamlDotNet places an unclosed '[' or '{' at the item after it; point at the bracket itself.
            var (line, column) = ex.InnerException is InvalidOperationException && YamlText.UnclosedBracket(yaml) is { } bracket
                ? bracket
                : ((int)ex.Start.Line, (int)ex.Start.Column);
            throw new BuildException(Diagnostic.Error(Explain(ex), displayPath, line, column));
        }

        if (file is null)
        {
            return EditionSettings.Default;
        }

        var defaults = EditionSettings.Default;
        var baseUrl = file.BaseUrl?.Trim();
        if (!string.IsNullOrEmpty(baseUrl) && !IsAbsoluteHttpUrl(baseUrl))
        {
            throw new BuildException(Diagnostic.Error(BaseUrlProblem("base_url", baseUrl), displayPath, LineOf(yaml, "base_url"), 1));
        }

        var language = file.Language?.Trim();
        if (!string.IsNullOrEmpty(language) && Site.SiteNames.LanguageProblem("language", language) is { } languageProblem)
        {
            throw new BuildException(Diagnostic.Error(languageProblem, displayPath, LineOf(yaml, "language"), 1));
        }

        var pageSize = file.PageSize?.Trim();
        var knownSize = EditionSettings.PageSizes.FirstOrDefault(size => string.Equals(size, pageSize, StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrEmpty(pageSize) && knownSize is null)
        {
            throw new BuildException(Diagnostic.Error($"page_size must be one of {string.Join(", ", EditionSettings.PageSizes)}, not '{pageSize}'", displayPath, LineOf(yaml, "page_size"), 1));
        }

        if (file.Editors is not null && file.Editors.FindIndex(string.IsNullOrWhiteSpace) is var blank and >= 0)
        {
            throw new BuildException(Diagnostic.Error($"editors: item {blank + 1} is empty; each editor is a name (editors: [Name Surname, …])", displayPath, LineOf(yaml, "editors"), 1));
        }

        var date = file.Date?.Trim();
        if (!string.IsNullOrEmpty(date) && !IsIsoDate(date))
        {
            throw new BuildException(Diagnostic.Error($"date must be a calendar date written YYYY, YYYY-MM or YYYY-MM-DD, not '{date}'", displayPath, LineOf(yaml, "date"), 1));
        }

        return new EditionSettings
        {
            Title = string.IsNullOrWhiteSpace(file.Title) ? defaults.Title : file.Title.Trim(),
            Subtitle = file.Subtitle?.Trim(),
            Editors = file.Editors is null ? [] : [.. file.Editors.Select(e => e.Trim())],
            Lang = string.IsNullOrEmpty(language) ? defaults.Lang : language,
            Publisher = file.Publisher?.Trim(),
            Place = Blank(file.Place),
            EditionStatement = Blank(file.Edition),
            Year = file.Year,
            Date = string.IsNullOrEmpty(date) ? null : date,
            Licence = file.Licence?.Trim(),
            BaseUrl = string.IsNullOrEmpty(baseUrl) ? null : NormaliseBaseUrl(baseUrl),
            PageSize = knownSize ?? defaults.PageSize,
        };
    }

    /// <summary>A text value trimmed; an empty one is no value.</summary>
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The line (from 1) on which a top-level key is given; 0 when it is not found.</summary>
    private static int LineOf(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return index + 1;
    }

    /// <summary>A year, a month of a year, or a day that the calendar has (2026-13-45 is none).</summary>
    internal static bool IsIsoDate(string text) =>
        System.DateOnly.TryParseExact(text, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    /// <summary>An absolute http(s) URL with no query, fragment, quote or space (<see cref="Site.SiteNames.IsBaseUrl"/>).</summary>
    public static bool IsAbsoluteHttpUrl(string url) =>
        Site.SiteNames.IsBaseUrl(url) && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The error for a base URL that is not one (<paramref name="name"/>: base_url or --base-url).</summary>
    public static string BaseUrlProblem(string name, string url) =>
        $"{name} must be an absolute http(s) URL, not '{url}' (letters, digits and path characters, no query or fragment: https://example.org/edition/)";

    /// <summary>Base URLs always end with '/', so relative paths append cleanly.</summary>
    public static string NormaliseBaseUrl(string url) => url.EndsWith('/') ? url : url + "/";

    /// <summary>Says what is wrong in words an editor can act on; YamlDotNet's own messages name .NET types.</summary>
    private static string Explain(YamlException ex)
    {
        var unknownKey = UnknownProperty().Match(ex.Message);
        if (unknownKey.Success)
        {
            return $"unknown key '{unknownKey.Groups[1].Value}'; edition.yml knows: {string.Join(", ", KnownKeys)}";
        }

        return ex.InnerException switch
        {
            FormatException format => $"this value has the wrong form: {format.Message}",
            // YamlDotNet's scanner throws this for a '[' or '{' that is never closed.
            InvalidOperationException => "invalid YAML: a list or mapping opened with '[' or '{' is not closed",
            _ when ex.Message.StartsWith("No node deserializer", StringComparison.Ordinal) => "expected a single value here, not a list or a mapping",
            _ => $"invalid YAML: {StripPosition(ex.Message.Trim())}",
        };
    }

    private static readonly string[] KnownKeys = ["title", "subtitle", "editors", "language", "publisher", "place", "edition", "year", "date", "licence", "base_url", "page_size"];

    [System.Text.RegularExpressions.GeneratedRegex(@"^Property '([^']+)' not found on type")]
    private static partial System.Text.RegularExpressions.Regex UnknownProperty();

    // YamlDotNet repeats the position in its message; we report it in the diagnostic's own fields.
    private static string StripPosition(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    /// <summary>The file's shape; one property a key of edition.yml.</summary>
    private sealed class EditionFile
    {
        public string? Title { get; set; }

        public string? Subtitle { get; set; }

        public List<string>? Editors { get; set; }

        public string? Language { get; set; }

        public string? Publisher { get; set; }

        public string? Place { get; set; }

        public string? Edition { get; set; }

        public int? Year { get; set; }

        public string? Date { get; set; }

        public string? Licence { get; set; }

        public string? BaseUrl { get; set; }

        public string? PageSize { get; set; }
    }
}
