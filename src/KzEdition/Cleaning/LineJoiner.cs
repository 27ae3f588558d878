using System.Text;
using System.Text.RegularExpressions;

namespace KzEdition.Cleaning;

/// <summary>
/// Joins two pieces of one paragraph, deciding what the break between them hid: a space, a word
/// split by a hyphen, or a hyphen that belongs to the word.
/// </summary>
/// <remarks>
/// Kazakh writes case endings after acronyms and numbers with a hyphen (НАТО-ның, КСРО-ға,
/// 1990-жылдары) and pairs words with one (қару-жарақ, әлеуметтік-экономикалық), so a hyphen at a
/// break is only removed on evidence: the capital or digit before it keeps it; otherwise the
/// corpus's own spelling of the word elsewhere decides (with its hyphen, or whole); the compound
/// under another ending keeps it, as do two halves that the corpus writes as words on their own;
/// and only with no evidence at all is the word joined, and the decision reported.
/// </remarks>
public static partial class LineJoiner
{
    /// <summary>Shorter tails (-дік, -тың, -дау) are suffixes as often as words: no evidence.</summary>
    private const int MinimumWordTail = 4;

    /// <summary>The two pieces joined, trimmed at both ends; see <see cref="JoinInto"/> for how the break is decided.</summary>
    public static string Join(string left, string right, WordEvidence evidence, out HyphenDecision decision)
    {
        var text = new StringBuilder(left.TrimStart());
        JoinInto(text, right, evidence, out decision);
        return text.ToString();
    }

    /// <summary>
    /// Appends <paramref name="right"/> to the text being built, deciding what the break hid (a
    /// space, a split word, a hyphen of the word). It looks only at the end of <paramref name="text"/>,
    /// so that building a paragraph of n lines costs O(n), not O(n²). Returns the word around the joint.
    /// </summary>
    public static string JoinInto(StringBuilder text, string right, WordEvidence evidence, out HyphenDecision decision) =>
        JoinInto(text, right, evidence, wholeWordHyphen: false, out decision);

    /// <inheritdoc cref="JoinInto(StringBuilder, string, WordEvidence, out HyphenDecision)"/>
    /// <param name="wholeWordHyphen">The layout says a hyphen at the text's end is the word's own: kept where the corpus says nothing.</param>
    public static string JoinInto(StringBuilder text, string right, WordEvidence evidence, bool wholeWordHyphen, out HyphenDecision decision)
    {
        decision = HyphenDecision.None;
        while (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
        }

        right = right.Trim();
        if (text.Length == 0 || right.Length == 0)
        {
            text.Append(right);
            return "";
        }

        // Only a text that ends with a hyphen after a letter has a word to decide on: its last characters
        // are cut out for the word then, not at every line joined.
        if (text.Length >= 2 && IsHyphen(text[^1]) && !char.IsWhiteSpace(text[^2]))
        {
            var tailStart = Math.Max(0, text.Length - JointWindow);
            var tail = text.ToString(tailStart, text.Length - tailStart);
            var head = TrailingWord().Match(tail[..^1]).Value;
            var next = LeadingWord().Match(right).Value;
            decision = Decide(head, next, evidence, wholeWordHyphen);
            if (decision is not (HyphenDecision.Kept or HyphenDecision.KeptForRoom))
            {
                text.Length--;
            }

            text.Append(right);
            return decision is HyphenDecision.Kept or HyphenDecision.KeptForRoom ? $"{head}-{next}" : head + next;
        }

        text.Append(' ').Append(right);
        return "";
    }

    /// <summary>How much of the text before a joint is looked at: more than any word.</summary>
    private const int JointWindow = 96;

    /// <summary>
    /// Repairs "екі- жақты" breaks inside a line (a word, a hyphen, a space, a lower-case word) on the
    /// same evidence; reports each break with what was decided. The text itself when it has none.
    /// </summary>
    /// <remarks>
    /// The break is what <c>(?&lt;head&gt;(?&lt;![\p{L}-])\p{L}+)-[ \u00A0](?&lt;tail&gt;\p{Ll}+)</c>
    /// matched, found by hyphens rather than by the regex engine (which tried the pattern at every
    /// letter of every paragraph): a hyphen followed by a space or a no-break space and a lower-case
    /// letter, after a whole word (the letters before it, not after another hyphen). Breaks are taken
    /// left to right, each after the last one's tail, as the regex's matches were.
    /// </remarks>
    public static string RepairInlineBreaks(string text, WordEvidence evidence, Action<string, HyphenDecision>? report = null)
    {
        StringBuilder? repaired = null;
        var copied = 0;
        for (var from = 0; ;)
        {
            var hyphen = text.IndexOf('-', from);
            if (hyphen < 0 || hyphen + 2 >= text.Length)
            {
                break;
            }

            var start = hyphen;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            // A head begins where the last break's tail ends or later, and not after another hyphen.
            if (start == hyphen || start < from || (start > 0 && text[start - 1] == '-') || text[hyphen + 1] is not (' ' or '\u00A0') || !char.IsLower(text[hyphen + 2]))
            {
                from = hyphen + 1;
                continue;
            }

            var end = hyphen + 2;
            while (end < text.Length && char.IsLower(text[end]))
            {
                end++;
            }

            var (head, tail) = (text[start..hyphen], text[(hyphen + 2)..end]);
            var decision = Decide(head, tail, evidence);
            report?.Invoke(text[start..end], decision);
            repaired ??= new StringBuilder(text.Length);
            repaired.Append(text, copied, start - copied).Append(head);
            if (decision == HyphenDecision.Kept)
            {
                repaired.Append('-');
            }

            repaired.Append(tail);
            copied = from = end;
        }

        return repaired is null ? text : repaired.Append(text, copied, text.Length - copied).ToString();
    }

    /// <param name="head">The word's part before the hyphen.</param>
    /// <param name="tail">The part after it.</param>
    /// <param name="evidence">The corpus's words.</param>
    /// <param name="wholeWordHyphen">The layout says the hyphen is the word's own (the line had room for more of the word): kept where nothing else decides.</param>
    internal static HyphenDecision Decide(string head, string tail, WordEvidence evidence, bool wholeWordHyphen = false)
    {
        if (head.Length == 0 || tail.Length == 0 || !char.IsLower(tail[0]))
        {
            return HyphenDecision.Kept;
        }

        if (char.IsUpper(head[^1]) || char.IsDigit(head[^1]))
        {
            return HyphenDecision.Kept;
        }

        if (evidence.Contains($"{head}-{tail}"))
        {
            return HyphenDecision.Kept;
        }

        if (evidence.Contains(head + tail))
        {
            return HyphenDecision.Joined;
        }

        // The compound under another ending (оқу-жаттығулар for оқу-жаттығулардың): a hyphen of the text.
        if (evidence.ContainsCompound(head, tail))
        {
            return HyphenDecision.Kept;
        }

        // The word whole under another ending (бағдарламаның for бағдар-ламасы): a split.
        if (evidence.ContainsWordStartingWith(head + tail[..Math.Min(SourceVocabulary.CompoundStartLetters, tail.Length)]))
        {
            return HyphenDecision.Joined;
        }

        // Both halves known from other pairs (сын- of сын-қауіптер, -қатер of қауіп-қатерлердің): a pair.
        if (tail.Length >= MinimumWordTail && evidence.ContainsCompoundHead(head) && evidence.ContainsCompoundTail(tail))
        {
            return HyphenDecision.Kept;
        }

        // Endings alone after the hyphen (аймақ-тағы, ұйым-дары, ынтымақ-тастық, бағдар-ламасы) end a word
        // split before them: only an acronym or a number (kept above) writes its endings after a hyphen.
        // Asked after the corpus's own spellings: a word can read as endings too (қатерлерге as қа·тер·лер·ге).
        if (IsSuffixChain(tail))
        {
            return HyphenDecision.JoinedWithoutEvidence;
        }

        // Two halves the corpus writes as words of their own (әлеуметтік, экономикалық), or a tail it
        // writes alone (отын-энергетикалық), as a word split in its middle almost never leaves one
        // (мем-лекет): a hyphen of the text. A head alone is no evidence: сәйкес-тендіру, негіз-делген.
        if ((evidence.Contains(head) && evidence.Contains(tail)) || (tail.Length >= MinimumWordTail && evidence.Contains(tail)))
        {
            return HyphenDecision.Kept;
        }

        return wholeWordHyphen ? HyphenDecision.KeptForRoom : HyphenDecision.JoinedWithoutEvidence;
    }

    /// <summary>
    /// Kazakh suffixes a word split at a syllable may leave after the hyphen: derivational (-лық,
    /// -шы, -сыз, -лас, -ла, -ма …) and inflectional (plural, possessive, case, -ғы), as in
    /// ынтымақ·тас·тық, бағдар·ла·ма·сы, аймақ·та·ғы.
    /// </summary>
    private static readonly string[] Suffixes =
    [
        "лық", "лік", "дық", "дік", "тық", "тік", "шылық", "шілік", "шы", "ші", "сыз", "сіз", "лас", "лес", "дас", "дес", "тас", "тес",
        "ла", "ле", "да", "де", "та", "те", "ма", "ме", "ба", "бе", "па", "пе", "лы", "лі", "ды", "ді", "ты", "ті", "ғы", "гі", "қы", "кі",
        "лар", "лер", "дар", "дер", "тар", "тер", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні",
        "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "нда", "нде", "сы", "сі", "ы", "і", "н", "ң", "ған", "ген", "қан", "кен",
        "у", "уы", "уі",
    ];

    /// <summary>Whether the text is nothing but <see cref="Suffixes"/>, one after another.</summary>
    internal static bool IsSuffixChain(string text)
    {
        if (text.Length == 0 || text.Length > 12)
        {
            return false;
        }

        // reachable[i]: the first i letters are suffixes one after another.
        Span<bool> reachable = stackalloc bool[text.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            foreach (var suffix in Suffixes)
            {
                if (text.AsSpan(i).StartsWith(suffix, StringComparison.Ordinal))
                {
                    reachable[i + suffix.Length] = true;
                }
            }
        }

        return reachable[text.Length];
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    [GeneratedRegex(@"[\p{L}\p{N}]+$")]
    private static partial Regex TrailingWord();

    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex LeadingWord();
}
