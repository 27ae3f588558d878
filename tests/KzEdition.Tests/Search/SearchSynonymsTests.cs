using System.Collections.Immutable;
using KzEdition.Indexing;
using KzEdition.Model;
using KzEdition.Search;

namespace KzEdition.Tests.Search;

public sealed class SearchSynonymsTests
{
    private static IndexEntry Entry(string name, string[] spellings, string[] acronyms, params IndexLocator[] locators) =>
        new(TermType.Organisation, "e", name, name, null, null, [.. spellings], [.. acronyms], true, [.. locators]);

    [Fact]
    public void KeysOf_AnEntry_AreItsOneWordSpellings_ItsLatinNamesWordByWord_AndItsAcronyms()
    {
        var keys = SearchSynonyms.KeysOf(Entry(
            "Бейбітшілік үшін әріптестік",
            ["Бейбітшілік жолындағы әріптестік", "Partnership for Peace", "Казахстан"],
            ["БҮӘ", "PfP"]));

        // Cyrillic names of several words stand in the text: their words would bring other entries in.
        Assert.DoesNotContain(SearchKey.Of("әріптестік"), keys);
        Assert.DoesNotContain(SearchKey.Of("үшін"), keys);
        // An English name, every word of it; a one-word spelling by its forms' keys; acronyms by theirs.
        Assert.Contains("partnership", keys);
        Assert.Contains("for", keys);
        Assert.Contains("peace", keys);
        Assert.Contains(SearchKey.Of("Казахстан"), keys);
        Assert.Contains(SearchKey.Of(RussianStemmer.Stem("Казахстан")), keys);
        Assert.Contains("!bua", keys);
        Assert.Contains("pfp", keys); // an acronym in mixed case: by its plain key
    }

    [Fact]
    public void AddTo_FilesTheParagraphsThatNameTheEntry_UnderTheKeysTheyLack_WithCountZero()
    {
        var synonyms = SearchSynonyms.Of([Entry("Қазақстан", ["Kazakhstan"], ["ҚР"], new IndexLocator("a1", 2))]);
        ImmutableArray<NumberedParagraph> paragraphs = [new(1, "Түркия туралы."), new(2, "ҚР мен НАТО.")];
        ImmutableArray<SearchParagraph> terms = [.. paragraphs.Select(p => SearchParagraph.Of(p.Text, "kk"))];

        var with = synonyms.AddTo("a1", paragraphs, terms);

        Assert.Equal(terms[0], with[0]);
        Assert.Equal(terms[1].Length, with[1].Length);
        Assert.Contains(("kazakhstan", SearchSynonyms.SynonymCount), with[1].Terms);
        Assert.Contains(("!kr", 1), with[1].Terms); // its own word, counted as written, not again
        Assert.DoesNotContain(("!kr", SearchSynonyms.SynonymCount), with[1].Terms);
        Assert.Equal(with[1].Terms.Select(t => t.Key).Order(StringComparer.Ordinal), with[1].Terms.Select(t => t.Key));
        Assert.Equal(terms, synonyms.AddTo("other", paragraphs, terms));
    }

    [Fact]
    public void Spellings_OfAnEntry_AreTheKeysItIsFiledUnder_AndEverySpellingWordByWord()
    {
        // search.js marks, in a paragraph found through a synonym, the run of words spelling the entry.
        var kazakhstan = Entry("Қазақстан", ["Kazakhstan", "Қазақстан Республикасы"], ["ҚР"], new IndexLocator("a1", 2));
        var synonyms = SearchSynonyms.Of([kazakhstan]);
        var filedUnder = SearchSynonyms.KeysOf(kazakhstan);
        filedUnder.Add(SearchSynonyms.EntryKey(kazakhstan)); // it has a name of several words

        var entry = Assert.Single(synonyms.Spellings);
        Assert.Equal(filedUnder, entry.Keys);
        Assert.Contains(entry.Spellings, s => s.Length == 1 && s[0].Contains(SearchKey.Of(KazakhStemmer.Stem("Қазақстан"))));
        Assert.Contains(entry.Spellings, s => s.Length == 2 && s[1].Contains(SearchKey.Of(KazakhStemmer.Stem("Республикасы"))));
        Assert.Contains(entry.Spellings, s => s.Length == 1 && s[0].Contains("kr"));
        Assert.Equal(entry.Spellings.Length, entry.Spellings.Distinct(EqualityComparer<ImmutableArray<ImmutableArray<string>>>.Create((a, b) => a.SelectMany(w => w).SequenceEqual(b.SelectMany(w => w)), a => a.Length)).Count());
    }
}
