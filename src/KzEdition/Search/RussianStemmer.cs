namespace KzEdition.Search;

/// <summary>
/// The Snowball stemmer for Russian (Porter's algorithm as published at snowballstem.org), for
/// the edition's Russian article: президентом, президента, президенту → президент.
/// </summary>
/// <remarks>
/// <para>The word is put in NFC, stress marks dropped, lower-cased, and ё read as е. RV is the
/// part after the first vowel (а е и о у ы э ю я); R2 the part after the second vowel–consonant
/// pair. Every ending below must lie wholly in RV; of the endings a group lists, the longest one
/// the word ends with is the one tried, and if its condition fails the group does not apply.</para>
/// <list type="number">
/// <item>Step 1: remove a perfective gerund ending (-в, -вши, -вшись after а/я; -ив, -ывши…).
/// If there is none: remove a reflexive ending (-ся, -сь) if there is one, then the first that
/// applies of: an adjectival ending (an adjective's ending, then optionally a participle's
/// before it: -ющ, -вш, -нн, -ем, -щ after а/я; -ивш, -ывш, -ующ), a verb ending (group 1
/// after а/я, group 2 anywhere), a noun ending.</item>
/// <item>Step 2: remove a final -и.</item>
/// <item>Step 3: remove a derivational -ост/-ость lying in R2.</item>
/// <item>Step 4: undouble a final -нн; or remove a superlative -ейш/-ейше and then undouble -нн;
/// or remove a final soft sign.</item>
/// </list>
/// <para>The word is worked on as a span over one buffer, shortened as endings go; one string is made,
/// the stem. theme/assets/search/stemmer.js is the same algorithm, step for step.</para>
/// </remarks>
public static class RussianStemmer
{
    private static readonly string[] PerfectiveGerund1 = ["в", "вши", "вшись"];
    private static readonly string[] PerfectiveGerund2 = ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"];
    private static readonly string[] Adjective =
        ["ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом",
         "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"];
    private static readonly string[] Participle1 = ["ем", "нн", "вш", "ющ", "щ"];
    private static readonly string[] Participle2 = ["ивш", "ывш", "ующ"];
    private static readonly string[] Reflexive = ["ся", "сь"];
    private static readonly string[] Verb1 =
        ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"];
    private static readonly string[] Verb2 =
        ["ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен",
         "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю"];
    private static readonly string[] Noun =
        ["а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й",
         "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я"];
    private static readonly string[] Derivational = ["ост", "ость"];
    private static readonly string[] TidyUp = ["ейш", "ейше", "н", "ь"];

    /// <summary>Words up to this length are worked on on the stack; a longer one in an array.</summary>
    private const int StackLength = 128;

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = SearchText.Lower(SearchText.Prepare(word));
        var buffer = lower.Length <= StackLength ? stackalloc char[lower.Length] : new char[lower.Length];
        lower.AsSpan().Replace(buffer, 'ё', 'е');
        ReadOnlySpan<char> s = buffer;
        var (rv, r2) = Regions(s);

        // Step 1.
        if (!RemoveGrouped(ref s, rv, PerfectiveGerund1, PerfectiveGerund2))
        {
            Remove(ref s, rv, Reflexive);
            if (Remove(ref s, rv, Adjective))
            {
                RemoveGrouped(ref s, rv, Participle1, Participle2);
            }
            else if (!RemoveGrouped(ref s, rv, Verb1, Verb2))
            {
                Remove(ref s, rv, Noun);
            }
        }

        // Step 2.
        if (s.Length - 1 >= rv && s is [.., 'и'])
        {
            s = s[..^1];
        }

        // Step 3: the ending must start inside R2.
        var derivational = Longest(s, rv, Derivational);
        if (derivational is not null && s.Length - derivational.Length >= r2)
        {
            s = s[..^derivational.Length];
        }

        // Step 4.
        switch (Longest(s, rv, TidyUp))
        {
            case "ейш":
                s = s[..^3];
                UndoubleN(ref s, rv);
                break;
            case "ейше":
                s = s[..^4];
                UndoubleN(ref s, rv);
                break;
            case "н":
                UndoubleN(ref s, rv);
                break;
            case "ь":
                s = s[..^1];
                break;
        }

        return new string(s);
    }

    private static bool IsVowel(char c) => c is 'а' or 'е' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я';

    /// <summary>RV starts after the first vowel; R1 after the first consonant following a vowel;
    /// R2 after the first consonant following a vowel within R1. Each is the word's end if absent.</summary>
    private static (int Rv, int R2) Regions(ReadOnlySpan<char> s)
    {
        var rv = s.Length;
        var r2 = s.Length;
        var i = 0;
        while (i < s.Length && !IsVowel(s[i]))
        {
            i++;
        }

        if (i < s.Length)
        {
            rv = i + 1;
            var r1 = AfterVowelConsonant(s, rv - 1);
            if (r1 < s.Length)
            {
                r2 = AfterVowelConsonant(s, r1);
            }
        }

        return (rv, r2);
    }

    /// <summary>The position after the first consonant that follows a vowel, searching from <paramref name="from"/>.</summary>
    private static int AfterVowelConsonant(ReadOnlySpan<char> s, int from)
    {
        var i = from;
        while (i < s.Length && !IsVowel(s[i]))
        {
            i++;
        }

        while (i < s.Length && IsVowel(s[i]))
        {
            i++;
        }

        return i < s.Length ? i + 1 : s.Length;
    }

    /// <summary>The longest of the endings that the word ends with inside RV, or null.</summary>
    private static string? Longest(ReadOnlySpan<char> s, int rv, string[] endings)
    {
        string? found = null;
        foreach (var ending in endings)
        {
            if ((found is null || ending.Length > found.Length) && s.Length - ending.Length >= rv &&
                s.EndsWith(ending, StringComparison.Ordinal))
            {
                found = ending;
            }
        }

        return found;
    }

    private static bool Remove(ref ReadOnlySpan<char> s, int rv, string[] endings)
    {
        var ending = Longest(s, rv, endings);
        if (ending is null)
        {
            return false;
        }

        s = s[..^ending.Length];
        return true;
    }

    /// <summary>
    /// Removes the longest ending of the two groups; one of group 1 only after а or я (which
    /// stays, and must lie in RV too). False, leaving the word, when the longest fails its condition.
    /// </summary>
    private static bool RemoveGrouped(ref ReadOnlySpan<char> s, int rv, string[] group1, string[] group2)
    {
        var first = Longest(s, rv, group1);
        var second = Longest(s, rv, group2);
        if (second is not null && (first is null || second.Length > first.Length))
        {
            s = s[..^second.Length];
            return true;
        }

        if (first is null)
        {
            return false;
        }

        var before = s.Length - first.Length - 1;
        if (before < rv || s[before] is not ('а' or 'я'))
        {
            return false;
        }

        s = s[..^first.Length];
        return true;
    }

    private static void UndoubleN(ref ReadOnlySpan<char> s, int rv)
    {
        if (s.Length - 2 >= rv && s.EndsWith("нн", StringComparison.Ordinal))
        {
            s = s[..^1];
        }
    }
}
