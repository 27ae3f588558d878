using KzEdition.Model;
using System.Collections.Immutable;
using System.Globalization;
using KzEdition.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KzEdition.Editorial;

/// <summary>
/// Reads the editors' files <c>input/editorial/*.yml</c> (in name order). Every mistake is
/// reported with its file, line and column, all at once: unknown keys, wrong kinds of values,
/// an article named neither by id nor by source and line.
/// </summary>
/// <remarks>
/// <code>
/// articles:
///   - source: 004_2dbc11eb0e7c7aeb.txt   # any line of the article in that source
///     line: 18
///     title: Еуропалық … саясаты
///     authors: [А.Б. Автор]
///     lang: kk
///     status: complete
///   - id: 003_04187059a944d1b6-1        # or the article's id from edition.json
///     title: …
/// splits:   # an article starts here, though the text does not show it
///   - { source: 004_2dbc11eb0e7c7aeb.txt, line: 441 }
/// joins:    # the article the cleaner started here continues the one before
///   - { source: …, line: … }
/// paragraphs:   # a new paragraph starts at these words, though the text does not show it
///   - { source: 003_04187059a944d1b6.txt, starts: "Қауіпсіздік форумы" }
/// order: [id, id, …]   # these first, in this order; the others after, in source order
/// terms:    # curated index entries (usually in terms.yml)
///   - name: ИПАП
///     type: acronym          # person, organisation, place, acronym, keyword
///     expansion: Жеке әріптестік іс-қимыл жоспары
///     variants: [IPAP]
///     description: …
///   - name: Еуроатлантикалық әріптестік кеңесі
///     type: organisation
///     acronyms: [ЕАӘК, СЕАП]   # also listed in the glossary of acronyms, marked &lt;abbr&gt; in the text
/// not_terms: [ЭТ]   # capitals or initials the automatic index must not take for terms
/// </code>
/// </remarks>
public static class EditorialLoader
{
    public const string Folder = "editorial";

    private static readonly string[] TopKeys = ["articles", "splits", "joins", "paragraphs", "order", "terms", "not_terms"];
    private static readonly string[] TermKeys = ["name", "type", "variants", "acronyms", "description", "expansion"];
    private static readonly string[] ArticleKeys = ["id", "source", "line", "title", "authors", "lang", "status", "slug"];

    public static EditorialDecisions Load(string inputDirectory, string displayInput)
    {
        var folder = Path.Combine(inputDirectory, Folder);
        if (!Directory.Exists(folder))
        {
            return EditorialDecisions.None;
        }

        if (new DirectoryInfo(folder).LinkTarget is not null)
        {
            // Its files would come from anywhere: the same rule as a linked file (Reading.InputFile).
            throw new BuildException(Diagnostic.Error("a symbolic link to a folder: the build reads only folders and files inside the input folder (copy them in instead)", $"{displayInput.TrimEnd('/', '\\')}/{Folder}"));
        }

        var errors = new List<Diagnostic>();
        var articles = ImmutableArray.CreateBuilder<ArticleDecision>();
        var splits = ImmutableArray.CreateBuilder<(SourceLine, EditorialPosition)>();
        var joins = ImmutableArray.CreateBuilder<(SourceLine, EditorialPosition)>();
        var order = ImmutableArray.CreateBuilder<(string, EditorialPosition)>();
        var paragraphs = ImmutableArray.CreateBuilder<(string, Cleaning.ParagraphStart)>();
        var terms = ImmutableArray.CreateBuilder<TermDecision>();
        var notTerms = ImmutableArray.CreateBuilder<string>();
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var display = $"{displayInput.TrimEnd('/', '\\')}/{Folder}/{Path.GetFileName(file)}";
            var reader = new Reader(display, errors);
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(Reading.InputFile.ReadAllText(file, display)));
            }
            catch (YamlException ex)
            {
                errors.Add(Diagnostic.Error($"invalid YAML: {ex.Message}", display, (int)ex.Start.Line, (int)ex.Start.Column));
                continue;
            }
            catch (InvalidOperationException)
            {
                errors.Add(Diagnostic.Error("invalid YAML: a list or mapping opened with '[' or '{' is not closed", display));
                continue;
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                continue;
            }

            if (reader.Mapping(stream.Documents[0].RootNode, TopKeys) is not { } root)
            {
                continue;
            }

            foreach (var (key, value) in root)
            {
                switch (key)
                {
                    case "articles":
                        foreach (var entry in reader.Sequence(value))
                        {
                            if (reader.Article(entry) is { } decision)
                            {
                                articles.Add(decision);
                            }
                        }

                        break;
                    case "splits" or "joins":
                        foreach (var entry in reader.Sequence(value))
                        {
                            if (reader.Place(entry) is { } place)
                            {
                                (key == "splits" ? splits : joins).Add((place, reader.Where(entry)));
                            }
                        }

                        break;
                    case "paragraphs":
                        foreach (var entry in reader.Sequence(value))
                        {
                            if (reader.ParagraphStart(entry) is { } start)
                            {
                                paragraphs.Add(start);
                            }
                        }

                        break;
                    case "order":
                        foreach (var entry in reader.Sequence(value))
                        {
                            if (reader.Text(entry) is { } id)
                            {
                                order.Add((id, reader.Where(entry)));
                            }
                        }

                        break;
                    case "terms":
                        foreach (var entry in reader.Sequence(value))
                        {
                            if (reader.Term(entry) is { } term)
                            {
                                terms.Add(term);
                            }
                        }

                        break;
                    case "not_terms":
                        notTerms.AddRange(reader.Sequence(value).Select(reader.Text).OfType<string>());
                        break;
                }
            }
        }

        ReportDuplicateTerms(terms, errors);
        if (errors.Count > 0)
        {
            throw new BuildException(errors);
        }

        return new EditorialDecisions(articles.ToImmutable(), splits.ToImmutable(), joins.ToImmutable(), order.ToImmutable())
        {
            Terms = terms.ToImmutable(),
            NotTerms = notTerms.ToImmutable(),
            ParagraphStarts = paragraphs.ToImmutable(),
        };
    }

    /// <summary>One spelling belongs to one entry: a name or variant given twice would make the index ambiguous.</summary>
    private static void ReportDuplicateTerms(IEnumerable<TermDecision> terms, List<Diagnostic> errors)
    {
        var seen = new Dictionary<string, TermDecision>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var form in term.Variants.Concat(term.Acronyms).Prepend(term.Name).Distinct(StringComparer.Ordinal))
            {
                var key = Text.WordTokens.KeyOf(form);
                if (seen.TryGetValue(key, out var first) && !ReferenceEquals(first, term))
                {
                    errors.Add(Diagnostic.Error(
                        $"'{form}' is already a spelling of the term '{first.Name}' (line {first.Where.Line}); a spelling can belong to one term only",
                        term.Where.File, term.Where.Line, term.Where.Column));
                }
                else
                {
                    seen[key] = term;
                }
            }
        }
    }

    /// <summary>Binds YAML nodes to values, collecting every error with its position.</summary>
    private sealed class Reader(string file, List<Diagnostic> errors)
    {
        public EditorialPosition Where(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

        public List<(string Key, YamlNode Value)>? Mapping(YamlNode node, string[] allowed)
        {
            if (node is not YamlMappingNode mapping)
            {
                Error(node, "expected a mapping of keys to values here");
                return null;
            }

            var result = new List<(string, YamlNode)>();
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!allowed.Contains(key))
                {
                    Error(keyNode, $"unknown key '{key}'; expected one of: {string.Join(", ", allowed)}");
                    continue;
                }

                result.Add((key, value));
            }

            return result;
        }

        public IEnumerable<YamlNode> Sequence(YamlNode node)
        {
            if (node is YamlSequenceNode sequence)
            {
                return sequence.Children;
            }

            if (node is not YamlScalarNode { Value: null or "" })
            {
                Error(node, "expected a list here");
            }

            return [];
        }

        public string? Text(YamlNode node)
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } value })
            {
                return value.Trim();
            }

            Error(node, "expected a text value here");
            return null;
        }

        public SourceLine? Place(YamlNode node)
        {
            var fields = Mapping(node, ["source", "line"]);
            if (fields is null)
            {
                return null;
            }

            var source = fields.FirstOrDefault(f => f.Key == "source").Value is { } s ? Text(s) : null;
            var line = fields.FirstOrDefault(f => f.Key == "line").Value is { } l ? Number(l) : null;
            if (source is null || line is null)
            {
                Error(node, "a place needs both 'source' (a file of input/sources/) and 'line' (1-based)");
                return null;
            }

            return new SourceLine(source, line.Value);
        }

        /// <summary><c>{ source: 003_….txt, starts: "Words the new paragraph starts with" }</c>.</summary>
        public (string Source, Cleaning.ParagraphStart Start)? ParagraphStart(YamlNode node)
        {
            var fields = Mapping(node, ["source", "starts"]);
            if (fields is null)
            {
                return null;
            }

            var source = fields.FirstOrDefault(f => f.Key == "source").Value is { } s ? Text(s) : null;
            var starts = fields.FirstOrDefault(f => f.Key == "starts").Value is { } w ? Text(w) : null;
            if (source is null || starts is null)
            {
                Error(node, "a paragraph break needs both 'source' (a file of input/sources/) and 'starts' (the words the new paragraph starts with)");
                return null;
            }

            var where = Where(node);
            return (source, new Cleaning.ParagraphStart(starts, where.File, where.Line, where.Column));
        }

        public ArticleDecision? Article(YamlNode node)
        {
            var fields = Mapping(node, ArticleKeys);
            if (fields is null)
            {
                return null;
            }

            string? Get(string key) => fields.FirstOrDefault(f => f.Key == key).Value is { } v ? Text(v) : null;
            var id = Get("id");
            var source = Get("source");
            var line = fields.FirstOrDefault(f => f.Key == "line").Value is { } l ? Number(l) : null;
            if (id is null && (source is null || line is null))
            {
                Error(node, "name the article by 'id', or by 'source' and 'line'");
                return null;
            }

            var status = Get("status");
            if (status is not (null or "complete" or "fragment"))
            {
                Error(fields.First(f => f.Key == "status").Value, $"status is 'complete' or 'fragment', not '{status}'");
            }

            // A slug becomes a folder of the output and a URL, a language an attribute of many pages.
            var slug = Get("slug");
            if (slug is not null && Site.SiteNames.SlugProblem(slug) is { } slugProblem)
            {
                Error(fields.First(f => f.Key == "slug").Value, slugProblem);
                slug = null;
            }

            var lang = Get("lang");
            if (lang is not null && Site.SiteNames.LanguageProblem("lang", lang) is { } langProblem)
            {
                Error(fields.First(f => f.Key == "lang").Value, langProblem);
                lang = null;
            }

            var authors = fields.FirstOrDefault(f => f.Key == "authors").Value;
            return new ArticleDecision(Where(node), id, source is null || line is null ? null : new SourceLine(source, line.Value))
            {
                Title = Get("title"),
                Authors = authors is null ? null : [.. Sequence(authors).Select(Text).OfType<string>()],
                Lang = lang,
                Status = status,
                Slug = slug,
            };
        }

        public TermDecision? Term(YamlNode node)
        {
            var fields = Mapping(node, TermKeys);
            if (fields is null)
            {
                return null;
            }

            string? Get(string key) => fields.FirstOrDefault(f => f.Key == key).Value is { } v ? Text(v) : null;
            var name = Get("name");
            var typeNode = fields.FirstOrDefault(f => f.Key == "type").Value;
            var typeText = typeNode is null ? null : Text(typeNode);
            TermType? type = typeText switch
            {
                "person" => TermType.Person,
                "organisation" => TermType.Organisation,
                "place" => TermType.Place,
                "acronym" => TermType.Acronym,
                "keyword" => TermType.Keyword,
                _ => null,
            };
            if (typeNode is not null && typeText is not null && type is null)
            {
                Error(typeNode, $"a term's type is person, organisation, place, acronym or keyword, not '{typeText}'");
            }

            if (name is null || type is null)
            {
                if (name is null || typeNode is null)
                {
                    Error(node, "a term needs 'name' (its canonical spelling) and 'type' (person, organisation, place, acronym or keyword)");
                }

                return null;
            }

            var variants = fields.FirstOrDefault(f => f.Key == "variants").Value;
            var acronyms = fields.FirstOrDefault(f => f.Key == "acronyms").Value;
            return new TermDecision(
                Where(node),
                name,
                type.Value,
                variants is null ? [] : [.. Sequence(variants).Select(Text).OfType<string>()],
                Get("description"),
                Get("expansion"))
            {
                Acronyms = acronyms is null ? [] : [.. Sequence(acronyms).Select(Text).OfType<string>()],
            };
        }

        private int? Number(YamlNode node)
        {
            if (node is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                return number;
            }

            Error(node, "expected a line number (1 or more) here");
            return null;
        }

        private void Error(YamlNode node, string message) =>
            errors.Add(Diagnostic.Error(message, file, (int)node.Start.Line, (int)node.Start.Column));
    }
}
