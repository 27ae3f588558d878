using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KzEdition.Engine;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace KzEdition.Templating;

/// <summary>
/// A theme's interface strings: <c>i18n/&lt;lang&gt;.yml</c>, one flat mapping of keys to text a
/// language. The default language's file (<c>kk.yml</c>) names the keys; every other file must
/// have exactly the same ones, so that no page is ever half translated.
/// </summary>
public sealed partial class ThemeStrings
{
    public const string DefaultLanguage = "kk";

    private static readonly IDeserializer Reader = new DeserializerBuilder().Build();

    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> _languages;

    private ThemeStrings(ImmutableDictionary<string, ImmutableDictionary<string, string>> languages) => _languages = languages;

    public static ThemeStrings Empty { get; } = new(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);

    public IEnumerable<string> Keys => _languages.TryGetValue(DefaultLanguage, out var strings) ? strings.Keys : [];

    /// <summary>
    /// Reads every language file; reports missing or extra keys and YAML errors, all at once. With a
    /// <paramref name="fallback"/> (the built-in theme's strings), a language file or a key this theme
    /// lacks is taken from it, with a warning in <paramref name="warnings"/> naming what was lacking.
    /// </summary>
    public static ThemeStrings Load(string directory, string displayDirectory, List<Diagnostic> errors, ThemeStrings? fallback = null, List<Diagnostic>? warnings = null)
    {
        var folder = Path.Combine(directory, "i18n");
        if (!Directory.Exists(folder) && fallback is null)
        {
            return Empty;
        }

        var languages = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        IEnumerable<string> files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal) : [];
        foreach (var file in files)
        {
            var display = $"{displayDirectory}/i18n/{Path.GetFileName(file)}";
            try
            {
                var strings = Reader.Deserialize<Dictionary<string, string>?>(File.ReadAllText(file)) ?? [];
                languages[Path.GetFileNameWithoutExtension(file)] = strings.ToImmutableDictionary(StringComparer.Ordinal);
            }
            catch (YamlException ex)
            {
                errors.Add(Diagnostic.Error($"invalid YAML: {ex.Message}", display, (int)ex.Start.Line, (int)ex.Start.Column));
            }
        }

        if (fallback is not null)
        {
            foreach (var (lang, builtIn) in fallback._languages.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                var display = $"{displayDirectory}/i18n/{lang}.yml";
                if (!languages.TryGetValue(lang, out var own))
                {
                    warnings?.Add(Diagnostic.Warning($"the theme has no strings file '{lang}.yml'; the built-in one is used", display));
                    languages[lang] = builtIn;
                    continue;
                }

                var lacking = builtIn.Keys.Except(own.Keys).Order(StringComparer.Ordinal).ToList();
                warnings?.AddRange(lacking.Select(k => Diagnostic.Warning($"lacks the string '{k}'; the built-in one is used", display)));
                languages[lang] = own.SetItems(lacking.Select(k => KeyValuePair.Create(k, builtIn[k])));
            }
        }

        if (languages.Count > 0 && !languages.ContainsKey(DefaultLanguage))
        {
            errors.Add(Diagnostic.Error($"the theme's strings need the default language's file, {DefaultLanguage}.yml", $"{displayDirectory}/i18n/{DefaultLanguage}.yml"));
        }
        else if (languages.TryGetValue(DefaultLanguage, out var reference))
        {
            foreach (var (lang, strings) in languages.Where(l => l.Key != DefaultLanguage).OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                var display = $"{displayDirectory}/i18n/{lang}.yml";
                errors.AddRange(reference.Keys.Except(strings.Keys).Order(StringComparer.Ordinal).Select(k => Diagnostic.Error($"lacks '{k}', which {DefaultLanguage}.yml has", display)));
                errors.AddRange(strings.Keys.Except(reference.Keys).Order(StringComparer.Ordinal).Select(k => Diagnostic.Error($"has '{k}', which {DefaultLanguage}.yml does not", display)));
            }
        }

        return new ThemeStrings(languages.ToImmutable());
    }

    /// <summary>The strings of a language, falling back to the default language's when the theme has no file for it.</summary>
    public IReadOnlyDictionary<string, string> For(string lang) =>
        _languages.TryGetValue(lang, out var strings) ? strings
        : _languages.TryGetValue(DefaultLanguage, out var fallback) ? fallback
        : ImmutableDictionary<string, string>.Empty;

    /// <summary>Every <c>ui.key</c> a template names that the default language lacks, with its line and column.</summary>
    public IEnumerable<Diagnostic> CheckUses(string template, string displayPath)
    {
        var known = _languages.TryGetValue(DefaultLanguage, out var strings) ? strings : null;
        if (known is null)
        {
            yield break;
        }

        foreach (Match use in UiKey().Matches(template))
        {
            if (!known.ContainsKey(use.Groups[1].Value))
            {
                var line = template[..use.Index].Count(c => c == '\n') + 1;
                var column = use.Index - template.LastIndexOf('\n', Math.Max(0, use.Index - 1));
                yield return Diagnostic.Error($"template error: 'ui.{use.Groups[1].Value}' is in no i18n/{DefaultLanguage}.yml", displayPath, line, column);
            }
        }
    }

    [GeneratedRegex(@"\bui\.([a-z0-9_]+)")]
    private static partial Regex UiKey();
}
