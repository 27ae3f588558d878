using KzEdition.Model;
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

    internal const int ReasonCount = 5;

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

    /// <param name="memo">What the last build of an incremental session left (<see cref="IndexMemo"/>): given, the index is updated from it; null builds from nothing. Both give the same index (tested).</param>
    public static EditionIndex Build(IReadOnlyList<IndexedArticle> articles, EditorialDecisions editorial, IndexMemo? memo = null)
    {
        var facts = articles.Select(FactsOf).ToArray();
        var keys = new SpellingKeys();
        var notTerms = editorial.NotTerms.Select(keys.Of).ToHashSet(StringComparer.Ordinal);
        var mentions = new Spellings(keys);
        var keywords = new Spellings(keys);
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

        AddAcronyms(facts, mentions, notTerms);
        AddPersons(facts, mentions, notTerms);
        var found = Locate(articles, mentions, keywords, memo);
        if (memo is not null)
        {
            memo.Readings = [.. articles.Select((a, i) => Reading(a, facts[i], found[i]))];
        }

        var drafts = mentions.Drafts.Concat(keywords.Drafts).ToList();
        var unused = drafts.Where(d => d.Curated && d.Locators.Count == 0).Select(d => d.Name).ToImmutableArray();
        var entries = Entries(drafts.Where(d => d.Locators.Count > 0));
        var timeline = Timeline(articles, facts);
        if (memo is null)
        {
            return new EditionIndex(entries, timeline, Related(articles, entries, null), unused);
        }

        // An identical index is given back as the very object of the last build.
        if (memo.Last is { } last && Same(last, articles, entries, timeline, unused))
        {
            return last;
        }

        var index = new EditionIndex(entries, timeline, Related(articles, entries, memo), unused);
        memo.Last = index;
        return index;
    }

    /// <summary>
    /// The last build's index, when the articles that changed since (<paramref name="changed"/>, by
    /// position) read, article by article, as they did then (<see cref="IndexReading"/>): the same
    /// keywords, paragraph numbers and detected facts, and the same spellings of the last build's sets
    /// in each paragraph. Then every spelling, locator, date and shared entry is what it was, and the
    /// index too. Null when anything differs (or the number of articles does): build it. A word edit
    /// of one article at 1,000 articles gave the same index after some 25 ms of building on one core,
    /// with every page's rendering waiting for it.
    /// </summary>
    public static EditionIndex? Unchanged(IReadOnlyList<IndexedArticle> articles, IReadOnlyList<bool> changed, IndexMemo memo)
    {
        if (memo.Last is not { } last || memo.Readings.IsDefault || memo.Readings.Length != articles.Count || changed.Count != articles.Count
            || memo.LastSet("mentions") is not { } mentionSet || memo.LastSet("keywords") is not { } keywordSet)
        {
            return null;
        }

        for (var a = 0; a < articles.Count; a++)
        {
            if (!changed[a])
            {
                continue; // what the index reads of it is what it was (the engine compared it)
            }

            if (!Reading(articles[a], FactsOf(articles[a]), FoundIn(articles[a], mentionSet, keywordSet, memo)).SameAs(memo.Readings[a]))
            {
                return null;
            }
        }

        return last;
    }

    private static ParagraphFacts[] FactsOf(IndexedArticle article) =>
        article.Facts.IsDefault ? [.. article.Paragraphs.Select(p => FactsOf(p.Text))] : article.Facts.ToArray();

    private static IndexReading Reading(IndexedArticle article, ParagraphFacts[] facts, (string[] Mentions, string[] Keywords)[] found) => new(
        article.Article.Id,
        article.Article.Lang,
        article.Article.Keywords,
        [.. article.Paragraphs.Select(p => p.Number)],
        facts,
        [.. found.Select(f => f.Mentions)],
        [.. found.Select(f => f.Keywords)]);

    /// <summary>The facts of a paragraph: what detection finds in its text alone.</summary>
    public static ParagraphFacts FactsOf(string text)
    {
        var events = ImmutableArray.CreateBuilder<(EventDate, string, int, int, int)>();
        foreach (var date in DateDetector.Find(text))
        {
            var (start, end) = Sentences.Around(text, date.Start);
            end = Math.Max(end, date.Start + date.Length);
            var (cutStart, cutEnd) = Shorten(start, end, date);
            var (quoteStart, quoteEnd) = AtSpaces(text, start, end, cutStart, cutEnd, date);
            var sentence = (quoteStart > start ? "…" : "") + text[quoteStart..quoteEnd] + (quoteEnd < end ? "…" : "");
            events.Add((date.Date, sentence, date.Start - quoteStart + (quoteStart > start ? 1 : 0), date.Length, date.Start));
        }

        var words = WordTokens.Bounds(text);
        var facts = new ParagraphFacts(
            [.. AcronymDetector.Find(text, words)],
            [.. AcronymDetector.Expansions(text, words)],
            [.. PersonDetector.Find(text)],
            events.ToImmutable());
        return facts;
    }

    /// <summary>
    /// Whether an index holds exactly this (every entry field by field with its locators, the
    /// timeline, the unused terms) for the same articles (the related articles weigh entries by the
    /// edition's number of articles): two builds that make the same one are the same. Compared in
    /// place, not as one string of it all (which cost a preview rebuild megabytes).
    /// </summary>
    private static bool Same(EditionIndex last, IReadOnlyList<IndexedArticle> articles, ImmutableArray<IndexEntry> entries, ImmutableArray<TimelineEvent> timeline, ImmutableArray<string> unused)
    {
        if (last.Entries.Length != entries.Length || !last.Timeline.SequenceEqual(timeline) || !last.Unused.SequenceEqual(unused)
            || last.Related.Count != articles.Count || !articles.All(a => last.Related.ContainsKey(a.Article.Id)))
        {
            return false;
        }

        for (var i = 0; i < entries.Length; i++)
        {
            var (a, b) = (last.Entries[i], entries[i]);
            if (a.Type != b.Type || a.Id != b.Id || a.Name != b.Name || a.Heading != b.Heading || a.Description != b.Description || a.Expansion != b.Expansion
                || a.Curated != b.Curated || !a.Spellings.SequenceEqual(b.Spellings) || !a.Acronyms.SequenceEqual(b.Acronyms) || !a.Locators.SequenceEqual(b.Locators))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Acronyms in capitals, with the expansions the text gives; curated ones are already known.</summary>
    private static void AddAcronyms(ParagraphFacts[][] facts, Spellings mentions, HashSet<string> notTerms)
    {
        var expansions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var paragraph in facts.SelectMany(f => f))
        {
            foreach (var (acronym, expansion) in paragraph.Expansions)
            {
                expansions.TryAdd(acronym, expansion);
            }

            foreach (var acronym in paragraph.Acronyms)
            {
                if (!mentions.Owns(acronym) && !notTerms.Contains(mentions.KeyOf(acronym)))
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
    private static void AddPersons(ParagraphFacts[][] facts, Spellings mentions, HashSet<string> notTerms)
    {
        var bySurname = new SortedDictionary<string, List<PersonMention>>(StringComparer.Ordinal);
        foreach (var person in facts.SelectMany(f => f).SelectMany(p => p.Persons))
        {
            if (notTerms.Contains(mentions.KeyOf(person.Name)) || notTerms.Contains(mentions.KeyOf(person.Surname)))
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

    /// <returns>The spellings found in each paragraph of each article: of the mentions' set, of the keywords'.</returns>
    private static (string[] Mentions, string[] Keywords)[][] Locate(IReadOnlyList<IndexedArticle> articles, Spellings mentions, Spellings keywords, IndexMemo? memo)
    {
        var mentionSet = mentions.Set(memo, "mentions");
        var keywordSet = keywords.Set(memo, "keywords");

        // Matching, most of the index's work, reads each paragraph alone: on every core. The
        // locators are then added in the articles' order, so the index is the same however it ran.
        var found = new (string[] Mentions, string[] Keywords)[articles.Count][];
        Parallel.For(0, articles.Count, a =>
        {
            found[a] = FoundIn(articles[a], mentionSet, keywordSet, memo);
        });

        for (var a = 0; a < articles.Count; a++)
        {
            var (article, paragraphs, _) = articles[a];
            foreach (var keyword in article.Keywords)
            {
                AddLocator(keywords.OwnerOf(keyword)!, new IndexLocator(article.Id, 0));
            }

            for (var p = 0; p < paragraphs.Length; p++)
            {
                foreach (var key in found[a][p].Mentions)
                {
                    AddLocator(mentions.OwnerOfKey(key), new IndexLocator(article.Id, paragraphs[p].Number));
                }

                foreach (var key in found[a][p].Keywords)
                {
                    AddLocator(keywords.OwnerOfKey(key), new IndexLocator(article.Id, paragraphs[p].Number));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The keys of the spellings a paragraph mentions, in order; remembered by text and language
    /// with the set they were found with. With another set they still hold when none of the
    /// spellings between the two sets can occur in the paragraph (see <see cref="SpellingSet"/>).
    /// </summary>
    /// <summary>The spellings of each set found in each paragraph of an article.</summary>
    private static (string[] Mentions, string[] Keywords)[] FoundIn(IndexedArticle article, SpellingSet mentions, SpellingSet keywords, IndexMemo? memo) =>
        [.. article.Paragraphs.Select(p => (Found(mentions, "mentions", p.Text, article.Article.Lang, memo), Found(keywords, "keywords", p.Text, article.Article.Lang, memo)))];

    private static string[] Found(SpellingSet set, string kind, string text, string lang, IndexMemo? memo)
    {
        if (memo is null)
        {
            return Match(set, text, lang);
        }

        // By reference: a paragraph of an unchanged article is the very string of the last build.
        var known = memo.MatchesOf(text, lang, kind);
        if (known is not null)
        {
            if (ReferenceEquals(known.Set, set))
            {
                return known.Keys;
            }

            if (!Text.WordSearch.AnyIn(known.SearchText, set.FirstWordsApart(known.Set)))
            {
                memo.Remember(text, lang, kind, known with { Set = set });
                return known.Keys;
            }
        }

        var found = Match(set, text, lang);
        memo.Remember(text, lang, kind, new ParagraphMatches(set, found, Text.WordSearch.SearchText(text)));
        return found;
    }

    private static string[] Match(SpellingSet set, string text, string lang) => [.. set.Matcher.Matches(text, lang).Select(m => m.Entry)];


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
            var particle = name.Groups["particle"].Success ? " " + name.Groups["particle"].Value.Trim() : "";
            return $"{name.Groups["surname"].Value} {name.Groups["initials"].Value.Replace(" ", "", StringComparison.Ordinal)}{particle}";
        }

        return draft.Name;
    }

    private static ImmutableArray<TimelineEvent> Timeline(IReadOnlyList<IndexedArticle> articles, ParagraphFacts[][] facts)
    {
        var events = new List<(TimelineEvent Event, int Article, int Position)>();
        for (var a = 0; a < articles.Count; a++)
        {
            for (var p = 0; p < articles[a].Paragraphs.Length; p++)
            {
                foreach (var (date, sentence, dateStart, dateLength, position) in facts[a][p].Events)
                {
                    events.Add((new TimelineEvent(date, sentence, dateStart, dateLength, new IndexLocator(articles[a].Article.Id, articles[a].Paragraphs[p].Number)), a, position));
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
    /// <remarks>
    /// Remembered by the edition's articles and which entries each mentions (all it depends on), so
    /// an edit that mentions nothing new leaves every article's related ones as they were.
    /// </remarks>
    private static ImmutableDictionary<string, ImmutableArray<RelatedArticle>> Related(IReadOnlyList<IndexedArticle> articles, ImmutableArray<IndexEntry> entries, IndexMemo? memo)
    {
        var key = memo is null ? null : string.Join(' ', articles.Select(a => a.Article.Id)) + "\n"
            + string.Join('\n', entries.Select(e => EditionIndex.KeyOf(e) + "\t" + e.Heading + "\t" + string.Join(' ', e.Locators.Select(l => l.ArticleId).Distinct())));
        if (key is not null && memo!.Related is { } known && known.Key == key)
        {
            return RelatedWith(known.Related, entries);
        }

        var related = ComputeRelated(articles, entries);
        if (memo is not null)
        {
            memo.Related = (key!, related);
        }

        return related;
    }

    /// <summary>Remembered related articles, their shared entries replaced by this build's (equal) entry objects.</summary>
    private static ImmutableDictionary<string, ImmutableArray<RelatedArticle>> RelatedWith(ImmutableDictionary<string, ImmutableArray<RelatedArticle>> known, ImmutableArray<IndexEntry> entries)
    {
        var byKey = entries.ToDictionary(EditionIndex.KeyOf, StringComparer.Ordinal);
        return known.ToImmutableDictionary(k => k.Key, k => k.Value.Select(r => r with { Shared = [.. r.Shared.Select(e => byKey[EditionIndex.KeyOf(e)])] }).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <remarks>
    /// Article by article: its entries, most telling first (rarest, then by heading), and through
    /// each the other articles mentioning it, adding up their scores in that order (so each sum
    /// and each list of reasons is in the order the reasons are shown) in arrays by position, not
    /// dictionaries by id, and keeping only the best few. Its cost grows with the pairs of articles
    /// sharing an entry: a thousand articles that share names make a million. (Stopping early once
    /// the entries left could no longer lift another article to the best few was tried: exact, but
    /// at ten thousand synthetic articles no faster, as the common entries together still weigh
    /// more than the best few have.)
    /// </remarks>
    internal static ImmutableDictionary<string, ImmutableArray<RelatedArticle>> ComputeRelated(IReadOnlyList<IndexedArticle> articles, ImmutableArray<IndexEntry> entries)
    {
        var count = articles.Count;
        var position = articles.Select((a, i) => (a.Article.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var mentionedIn = entries.Select(e => e.Locators.Select(l => position[l.ArticleId]).Distinct().Order().ToArray()).ToArray();
        var weight = mentionedIn.Select(m => Math.Log((double)count / m.Length)).ToArray();
        var telling = Enumerable.Range(0, entries.Length).Where(e => weight[e] > 0)
            .OrderByDescending(e => weight[e]).ThenBy(e => entries[e].Heading, KazakhCollation.Instance).ToArray();
        var entriesOf = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        foreach (var e in telling)
        {
            foreach (var a in mentionedIn[e])
            {
                entriesOf[a].Add(e);
            }
        }

        // Ties are broken by id: each article's place in the ids' ordinal order, compared as a number.
        var idOrder = new int[count];
        foreach (var (a, place) in Enumerable.Range(0, count).OrderBy(a => articles[a].Article.Id, StringComparer.Ordinal).Select((a, place) => (a, place)))
        {
            idOrder[a] = place;
        }

        // Each article's best on its own, so the articles are shared among the cores (at ten
        // thousand articles this took 11 % of a build's CPU, on one core while the rest waited for
        // the index); each worker adds up into arrays of its own.
        var best = new ImmutableArray<RelatedArticle>[count];
        Parallel.For(0, count, () => new RelatedScores(count), (a, _, sums) =>
        {
            foreach (var e in entriesOf[a])
            {
                foreach (var other in mentionedIn[e])
                {
                    if (other == a)
                    {
                        continue;
                    }

                    if (sums.Shared[other] == 0)
                    {
                        sums.Touched.Add(other);
                    }

                    if (sums.Shared[other] < ReasonCount)
                    {
                        sums.Reasons[(other * ReasonCount) + sums.Shared[other]] = e;
                    }

                    sums.Shared[other]++;
                    sums.Score[other] += weight[e];
                }
            }

            best[a] = [.. Best(sums.Touched, sums.Score, idOrder).Select(b => new RelatedArticle(
                articles[b].Article.Id, sums.Score[b], [.. sums.Reasons.AsSpan(b * ReasonCount, Math.Min(sums.Shared[b], ReasonCount)).ToArray().Select(e => entries[e])]))];
            foreach (var b in sums.Touched)
            {
                (sums.Score[b], sums.Shared[b]) = (0, 0);
            }

            sums.Touched.Clear();
            return sums;
        }, _ => { });

        var related = ImmutableDictionary.CreateBuilder<string, ImmutableArray<RelatedArticle>>(StringComparer.Ordinal);
        for (var a = 0; a < count; a++)
        {
            related[articles[a].Article.Id] = best[a];
        }

        return related.ToImmutable();
    }

    /// <summary>The <see cref="RelatedCount"/> best of the articles: highest score first, then by id.</summary>
    private static List<int> Best(List<int> candidates, double[] score, int[] idOrder)
    {
        var best = new List<int>(RelatedCount + 1);
        foreach (var b in candidates)
        {
            var at = best.Count;
            while (at > 0 && Before(b, best[at - 1]))
            {
                at--;
            }

            if (at < RelatedCount)
            {
                best.Insert(at, b);
                if (best.Count > RelatedCount)
                {
                    best.RemoveAt(RelatedCount);
                }
            }
        }

        return best;

        bool Before(int x, int y) => score[x] > score[y] || (score[x] == score[y] && idOrder[x] < idOrder[y]);
    }

    /// <summary>The key two spellings share when a matcher would take them for the same words.</summary>
    private static string SpellingKey(string spelling) => string.Join(' ', WordTokens.Split(spelling).Select(t => t.Key));

    /// <summary>
    /// A person named initials first: Н.Ә. Назарбаев; or with a surname's particle, which the index
    /// puts after the initials, filing the name under the surname's first capital, as Dutch and
    /// German names are filed (Я. де Хооп Схеффер: Хооп Схеффер Я. де).
    /// </summary>
    [GeneratedRegex(@"^(?<initials>(?:\p{Lu}\p{Ll}?\.\s?){1,2})\s*(?:(?<particle>(?:(?:де|ван|фон|дер|ди|дю|да|ле|de|van|von|der|den|du|da|le)\s+)+)(?<surname>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)|(?<surname>\p{Lu}[\p{L}\-]+))$")]
    private static partial Regex InitialsFirst();

    /// <summary>
    /// Spelling keys as a build asks for them: the same acronyms and names, found in paragraph after
    /// paragraph, are each split into words and lower-cased once.
    /// </summary>
    private sealed class SpellingKeys
    {
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

        public string Of(string spelling)
        {
            if (!_keys.TryGetValue(spelling, out var key))
            {
                _keys[spelling] = key = SpellingKey(spelling);
            }

            return key;
        }
    }

    /// <summary>Which draft each spelling belongs to: one owner a spelling, so that a mention has one entry.</summary>
    private sealed class Spellings(SpellingKeys keys)
    {
        private readonly Dictionary<string, Draft> _owners = new(StringComparer.Ordinal);

        public List<Draft> Drafts { get; } = [];

        public string KeyOf(string spelling) => keys.Of(spelling);

        public bool Owns(string spelling) => _owners.ContainsKey(keys.Of(spelling));

        public Draft? OwnerOf(string spelling) => _owners.GetValueOrDefault(keys.Of(spelling));

        public void Add(string spelling, Draft draft)
        {
            if (!_owners.TryAdd(keys.Of(spelling), draft))
            {
                return;
            }

            if (!Drafts.Contains(draft))
            {
                Drafts.Add(draft);
            }

            draft.Spellings.Add(spelling);
        }

        /// <summary>The draft that owns a spelling key (a match's entry).</summary>
        public Draft OwnerOfKey(string key) => _owners[key];

        /// <summary>
        /// The spellings as a set, matched by their keys; the very set of the last build when it
        /// holds the same spellings (its matcher then needs no making again).
        /// </summary>
        public SpellingSet Set(IndexMemo? memo, string name)
        {
            var spellings = Drafts.SelectMany(d => d.Spellings).Select(s => (s, keys.Of(s))).ToList();
            var set = new SpellingSet(spellings);
            return memo is null ? set : memo.Remember(name, set);
        }
    }
}
