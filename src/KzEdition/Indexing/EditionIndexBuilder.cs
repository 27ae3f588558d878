using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KzEdition.Editorial;
using KzEdition.Text;

namespace KzEdition.Indexing;

/// <summary>
/// Makes the edition's indices from its articles: the editors' curated terms (terms.yml), the
/// articles' keywords, and what is detected in the text (acronyms with their expansions, persons
/// named by initials and surname); then every mention of every entry, paragraph by paragraph; the
/// timeline of dates; and the articles related through the entries they share.
/// </summary>
/// <remarks>
/// A detected acronym or person joins the curated entry that has its spelling (НАТО-ның →
/// НАТО; Назарбаевтың → the curated Н.Ә. Назарбаев). Persons are grouped by surname, and a
/// surname that is another's Russian case form (Назарбаева beside Назарбаев) joins it. Words in
/// <c>not_terms</c> are never detected. Keywords are matched apart from the other entries, so a
/// keyword (Орталық Азия аймағы) never hides a place (Орталық Азия) from its index.
/// </remarks>
public static partial class EditionIndexBuilder
{
    /// <summary>How many related articles a page shows, and how many shared entries explain each.</summary>
    public const int RelatedCount = 3;

    private const int ReasonCount = 5;

    private const int SentenceLimit = 400;

    private sealed class Draft(TermType type, string name, bool curated)
    {
        public TermType Type { get; } = type;

        public string Name { get; set; } = name;

        public bool Curated { get; } = curated;

        public string? Description { get; init; }

        public string? Expansion { get; set; }

        public List<string> Spellings { get; } = [];

        public List<string> Acronyms { get; } = [];

        public List<IndexLocator> Locators { get; } = [];
    }

    public static EditionIndex Build(IReadOnlyList<IndexedArticle> articles, EditorialDecisions editorial)
    {
        var notTerms = editorial.NotTerms.Select(SpellingKey).ToHashSet(StringComparer.Ordinal);
        var mentions = new Spellings();
        var keywords = new Spellings();
        foreach (var term in editorial.Terms)
        {
            var draft = new Draft(term.Type, term.Name, curated: true) { Description = term.Description, Expansion = term.Expansion };
            var owner = term.Type == TermType.Keyword ? keywords : mentions;
            foreach (var spelling in term.Variants.Prepend(term.Name))
            {
                owner.Add(spelling, draft);
            }

            foreach (var acronym in term.Acronyms)
            {
                owner.Add(acronym, draft);
                draft.Acronyms.Add(acronym);
            }

            // A person is also mentioned by surname alone (Назарбаев, Назарбаевым).
            foreach (var name in term.Type == TermType.Person ? term.Variants.Prepend(term.Name) : [])
            {
                if (InitialsFirst().Match(name) is { Success: true } person && !owner.Owns(person.Groups["surname"].Value))
                {
                    owner.Add(person.Groups["surname"].Value, draft);
                }
            }
        }

        foreach (var keyword in articles.SelectMany(a => a.Article.Keywords))
        {
            if (!keywords.Owns(keyword))
            {
                keywords.Add(keyword, new Draft(TermType.Keyword, keyword, curated: false));
            }
        }

        AddAcronyms(articles, mentions, notTerms);
        AddPersons(articles, mentions, notTerms);
        Locate(articles, mentions, keywords);

        var drafts = mentions.Drafts.Concat(keywords.Drafts).ToList();
        var unused = drafts.Where(d => d.Curated && d.Locators.Count == 0).Select(d => d.Name).ToImmutableArray();
        var entries = Entries(drafts.Where(d => d.Locators.Count > 0));
        return new EditionIndex(entries, Timeline(articles), Related(articles, entries), unused);
    }

    /// <summary>Acronyms in capitals, with the expansions the text gives; curated ones are already known.</summary>
    private static void AddAcronyms(IReadOnlyList<IndexedArticle> articles, Spellings mentions, HashSet<string> notTerms)
    {
        var expansions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in articles.SelectMany(a => a.Paragraphs).Select(p => p.Text))
        {
            foreach (var (acronym, expansion) in AcronymDetector.Expansions(text))
            {
                expansions.TryAdd(acronym, expansion);
            }

            foreach (var acronym in AcronymDetector.Find(text))
            {
                if (!mentions.Owns(acronym) && !notTerms.Contains(SpellingKey(acronym)))
                {
                    mentions.Add(acronym, new Draft(TermType.Acronym, acronym, curated: false));
                }
            }
        }

        foreach (var draft in mentions.Drafts.Where(d => d.Type == TermType.Acronym && d.Expansion is null))
        {
            draft.Expansion = expansions.GetValueOrDefault(draft.Name);
        }
    }

    /// <summary>Persons named by initials and surname, grouped by surname, joined to curated persons of that surname.</summary>
    private static void AddPersons(IReadOnlyList<IndexedArticle> articles, Spellings mentions, HashSet<string> notTerms)
    {
        var bySurname = new SortedDictionary<string, List<PersonMention>>(StringComparer.Ordinal);
        foreach (var person in articles.SelectMany(a => a.Paragraphs).SelectMany(p => PersonDetector.Find(p.Text)))
        {
            if (notTerms.Contains(SpellingKey(person.Name)) || notTerms.Contains(SpellingKey(person.Surname)))
            {
                continue;
            }

            if (!bySurname.TryGetValue(person.Surname, out var group))
            {
                bySurname[person.Surname] = group = [];
            }

            group.Add(person);
        }

        // Назарбаева (a Russian case form) joins Назарбаев when both are found.
        foreach (var surname in bySurname.Keys.ToList())
        {
            var shorter = bySurname.Keys.FirstOrDefault(other => other.Length < surname.Length && surname.StartsWith(other, StringComparison.Ordinal)
                && NominalEndings.IsInflection(surname.AsSpan(other.Length), "ru"));
            if (shorter is not null)
            {
                bySurname[shorter].AddRange(bySurname[surname].Select(p => p with { Surname = shorter }));
                bySurname.Remove(surname);
            }
        }

        foreach (var (surname, group) in bySurname)
        {
            var draft = CuratedPerson(mentions, surname) ?? group.Select(p => mentions.OwnerOf(p.Name)).FirstOrDefault(o => o is { Type: TermType.Person });
            if (draft is null)
            {
                // The fullest name the text gives, the most frequent of those.
                var name = group.GroupBy(p => p.Name).OrderByDescending(g => g.Key.Count(c => c == '.')).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                draft = new Draft(TermType.Person, name, curated: false);
            }

            foreach (var spelling in group.Select(p => p.Name).Distinct().Append(surname))
            {
                if (!mentions.Owns(spelling))
                {
                    mentions.Add(spelling, draft);
                }
            }
        }
    }

    /// <summary>The person already known by this surname, or by it without a Russian case ending (Хантингтона → Хантингтон).</summary>
    private static Draft? CuratedPerson(Spellings mentions, string surname)
    {
        if (mentions.OwnerOf(surname) is { Type: TermType.Person } owner)
        {
            return owner;
        }

        for (var cut = surname.Length - 1; cut >= Math.Max(3, surname.Length - 3); cut--)
        {
            if (NominalEndings.IsInflection(surname.AsSpan(cut).ToString().ToLowerInvariant(), "ru") && mentions.OwnerOf(surname[..cut]) is { Type: TermType.Person } stem)
            {
                return stem;
            }
        }

        return null;
    }

    private static void Locate(IReadOnlyList<IndexedArticle> articles, Spellings mentions, Spellings keywords)
    {
        var mentionMatcher = mentions.Matcher();
        var keywordMatcher = keywords.Matcher();
        foreach (var (article, paragraphs) in articles)
        {
            foreach (var keyword in article.Keywords)
            {
                AddLocator(keywords.OwnerOf(keyword)!, new IndexLocator(article.Id, 0));
            }

            foreach (var paragraph in paragraphs)
            {
                foreach (var match in mentionMatcher.Matches(paragraph.Text, article.Lang))
                {
                    AddLocator(mentions.Drafts[int.Parse(match.Entry, System.Globalization.CultureInfo.InvariantCulture)], new IndexLocator(article.Id, paragraph.Number));
                }

                foreach (var match in keywordMatcher.Matches(paragraph.Text, article.Lang))
                {
                    AddLocator(keywords.Drafts[int.Parse(match.Entry, System.Globalization.CultureInfo.InvariantCulture)], new IndexLocator(article.Id, paragraph.Number));
                }
            }
        }
    }

    private static void AddLocator(Draft draft, IndexLocator locator)
    {
        if (draft.Locators.Count == 0 || draft.Locators[^1] != locator)
        {
            draft.Locators.Add(locator);
        }
    }

    /// <summary>The entries, each kind sorted as a Kazakh index sorts, each with an anchor unique in its index.</summary>
    private static ImmutableArray<IndexEntry> Entries(IEnumerable<Draft> drafts)
    {
        var entries = ImmutableArray.CreateBuilder<IndexEntry>();
        foreach (var kind in EditionIndex.Kinds)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var draft in drafts.Where(d => d.Type == kind).Select(d => (Draft: d, Heading: Heading(d))).OrderBy(d => d.Heading, KazakhCollation.Instance))
            {
                var slug = Slugifier.Slugify(draft.Heading);
                var id = slug;
                for (var n = 2; !ids.Add(id); n++)
                {
                    id = $"{slug}-{n}";
                }

                entries.Add(new IndexEntry(kind, id, draft.Draft.Name, draft.Heading, draft.Draft.Description, draft.Draft.Expansion,
                    [.. draft.Draft.Spellings], [.. draft.Draft.Acronyms], draft.Draft.Curated, [.. draft.Draft.Locators]));
            }
        }

        return entries.ToImmutable();
    }

    /// <summary>Persons are listed surname first, as indices of names are: Назарбаев Н.Ә.</summary>
    private static string Heading(Draft draft)
    {
        if (draft.Type == TermType.Person && InitialsFirst().Match(draft.Name) is { Success: true } name)
        {
            return $"{name.Groups["surname"].Value} {name.Groups["initials"].Value.Replace(" ", "", StringComparison.Ordinal)}";
        }

        return draft.Name;
    }

    private static ImmutableArray<TimelineEvent> Timeline(IReadOnlyList<IndexedArticle> articles)
    {
        var events = new List<(TimelineEvent Event, int Article, int Position)>();
        for (var a = 0; a < articles.Count; a++)
        {
            foreach (var paragraph in articles[a].Paragraphs)
            {
                foreach (var date in DateDetector.Find(paragraph.Text))
                {
                    var (start, end) = Sentences.Around(paragraph.Text, date.Start);
                    end = Math.Max(end, date.Start + date.Length);
                    var (cutStart, cutEnd) = Shorten(start, end, date);
                    var (quoteStart, quoteEnd) = AtSpaces(paragraph.Text, start, end, cutStart, cutEnd, date);
                    var sentence = (quoteStart > start ? "…" : "") + paragraph.Text[quoteStart..quoteEnd] + (quoteEnd < end ? "…" : "");
                    var offset = date.Start - quoteStart + (quoteStart > start ? 1 : 0);
                    events.Add((new TimelineEvent(date.Date, sentence, offset, date.Length, new IndexLocator(articles[a].Article.Id, paragraph.Number)), a, date.Start));
                }
            }
        }

        return [.. events.OrderBy(e => e.Event.Date, EventDate.Chronological).ThenBy(e => e.Article).ThenBy(e => e.Event.Locator.Paragraph).ThenBy(e => e.Position).Select(e => e.Event)];
    }

    /// <summary>A long sentence is quoted around its date, cut at spaces.</summary>
    private static (int Start, int End) Shorten(int start, int end, DateMention date)
    {
        if (end - start <= SentenceLimit)
        {
            return (start, end);
        }

        var half = (SentenceLimit - date.Length) / 2;
        var from = Math.Max(start, date.Start - half);
        var to = Math.Min(end, date.Start + date.Length + half);
        return (from, to);
    }

    /// <summary>Moves the cuts of a shortened quotation to the nearest spaces inward, so no word is cut.</summary>
    private static (int Start, int End) AtSpaces(string text, int start, int end, int from, int to, DateMention date)
    {
        if (from > start)
        {
            var space = text.IndexOf(' ', from, date.Start - from);
            from = space < 0 ? from : space + 1;
        }

        if (to < end)
        {
            var space = text.LastIndexOf(' ', to - 1, to - (date.Start + date.Length));
            to = space < 0 ? to : space;
        }

        return (from, to);
    }

    /// <summary>
    /// Articles that mention the same entries are related. Each shared entry weighs by how rare it
    /// is in the edition (the log of articles over the articles mentioning it), so sharing a name
    /// few articles mention says more than sharing НАТО, which all do.
    /// </summary>
    private static ImmutableDictionary<string, ImmutableArray<RelatedArticle>> Related(IReadOnlyList<IndexedArticle> articles, ImmutableArray<IndexEntry> entries)
    {
        var mentionedIn = entries.ToDictionary(e => e, e => e.Locators.Select(l => l.ArticleId).ToHashSet(StringComparer.Ordinal));
        var weight = mentionedIn.ToDictionary(m => m.Key, m => Math.Log((double)articles.Count / m.Value.Count));
        var related = ImmutableDictionary.CreateBuilder<string, ImmutableArray<RelatedArticle>>(StringComparer.Ordinal);
        foreach (var (article, _) in articles)
        {
            var mine = entries.Where(e => mentionedIn[e].Contains(article.Id) && weight[e] > 0).ToList();
            var scored = new List<RelatedArticle>();
            foreach (var (other, _) in articles.Where(o => o.Article.Id != article.Id))
            {
                var shared = mine.Where(e => mentionedIn[e].Contains(other.Id)).OrderByDescending(e => weight[e]).ThenBy(e => e.Heading, KazakhCollation.Instance).ToList();
                if (shared.Count > 0)
                {
                    scored.Add(new RelatedArticle(other.Id, shared.Sum(e => weight[e]), [.. shared.Take(ReasonCount)]));
                }
            }

            related[article.Id] = [.. scored.OrderByDescending(r => r.Score).ThenBy(r => r.ArticleId, StringComparer.Ordinal).Take(RelatedCount)];
        }

        return related.ToImmutable();
    }

    /// <summary>The key two spellings share when a matcher would take them for the same words.</summary>
    private static string SpellingKey(string spelling) => string.Join(' ', WordTokens.Split(spelling).Select(t => t.Key));

    [GeneratedRegex(@"^(?<initials>(?:\p{Lu}\p{Ll}?\.\s?){1,2})\s*(?<surname>\p{Lu}[\p{L}\-]+)$")]
    private static partial Regex InitialsFirst();

    /// <summary>Which draft each spelling belongs to: one owner a spelling, so that a mention has one entry.</summary>
    private sealed class Spellings
    {
        private readonly Dictionary<string, Draft> _owners = new(StringComparer.Ordinal);

        public List<Draft> Drafts { get; } = [];

        public bool Owns(string spelling) => _owners.ContainsKey(SpellingKey(spelling));

        public Draft? OwnerOf(string spelling) => _owners.GetValueOrDefault(SpellingKey(spelling));

        public void Add(string spelling, Draft draft)
        {
            if (!_owners.TryAdd(SpellingKey(spelling), draft))
            {
                return;
            }

            if (!Drafts.Contains(draft))
            {
                Drafts.Add(draft);
            }

            draft.Spellings.Add(spelling);
        }

        /// <summary>A matcher whose entry keys are the drafts' positions in <see cref="Drafts"/>.</summary>
        public TermMatcher Matcher() =>
            new(Drafts.SelectMany((d, i) => d.Spellings.Select(s => (s, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
    }
}
