using System.Text.RegularExpressions;
using KzEdition.Cleaning;

namespace KzEdition.Tests.Cleaning.Oracles;

/// <summary>
/// Test-only copy of <see cref="LineJoiner.RepairInlineBreaks"/> as it was before the text-scanning
/// steps were made faster (the regex engine tried the pattern at every letter of a paragraph): the
/// oracle the scan by hyphens is compared with. The decision on a break is the caller's (the
/// cleaner's own, internal), so that only the finding and the rewriting are compared.
/// </summary>
public static partial class LineJoinerOracle
{
    public static string RepairInlineBreaks(string text, Func<string, string, HyphenDecision> decide, Action<string, HyphenDecision>? report = null) =>
        InlineBreak().Replace(text, m =>
        {
            var decision = decide(m.Groups["head"].Value, m.Groups["tail"].Value);
            report?.Invoke(m.Value, decision);
            return decision == HyphenDecision.Kept
                ? $"{m.Groups["head"].Value}-{m.Groups["tail"].Value}"
                : m.Groups["head"].Value + m.Groups["tail"].Value;
        });

    [GeneratedRegex(@"(?<head>(?<![\p{L}-])\p{L}+)-[ \u00A0](?<tail>\p{Ll}+)")]
    private static partial Regex InlineBreak();
}
