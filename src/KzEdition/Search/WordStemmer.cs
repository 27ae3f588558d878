namespace KzEdition.Search;

/// <summary>The stemmer for a language: the one entry point the search index and the <c>stem</c> command use.</summary>
public static class WordStemmer
{
    /// <summary>The languages with a stemmer: Kazakh and Russian (BCP 47).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["kk", "ru"];

    /// <summary>The stem of <paramref name="word"/> in <paramref name="language"/> (<c>kk</c> or <c>ru</c>).</summary>
    /// <exception cref="ArgumentException">The language has no stemmer.</exception>
    public static string Stem(string word, string language) => language switch
    {
        "kk" => KazakhStemmer.Stem(word),
        "ru" => RussianStemmer.Stem(word),
        _ => throw new ArgumentException($"no stemmer for language '{language}' (kk or ru)", nameof(language)),
    };
}
