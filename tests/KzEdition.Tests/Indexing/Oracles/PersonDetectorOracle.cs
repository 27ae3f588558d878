using System.Text.RegularExpressions;
using KzEdition.Indexing;
using KzEdition.Text;

namespace KzEdition.Tests.Indexing.Oracles;

/// <summary>
/// Finds persons named the way Kazakh and Russian scholarly texts name them: one or two initials
/// and a surname (Н.Ә. Назарбаев, Н.Назарбаевтың, Дж. Робертсонмен, Х.Дж.Маккиндер). A case ending
/// is taken off the surname (Назарбаевтың → Назарбаев) when what remains is a name of four
/// letters or more and the ending has the consonant that stem calls for; plural and possessive
/// endings are not taken (names do not take them, and Маккиндер must not lose its -дер), nor one
/// that does not fit (Спайкмен is not Спайк + мен: after к the ending is -пен).
/// </summary>
/// <remarks>
/// <para>Test-only copy of the person detector before it was made faster: the oracle the new one is compared with, paragraph for paragraph.</para>
/// </remarks>
public static partial class PersonDetectorOracle
{
    private const int MinSurname = 4;

    public static IEnumerable<PersonMention> Find(string text)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var initials = match.Groups["initials"].Value.Replace(" ", "", StringComparison.Ordinal);
            yield return new PersonMention(initials, BaseOf(match.Groups["surname"].Value));
        }
    }

    /// <summary>The surname without a case ending (the longest that leaves a name).</summary>
    public static string BaseOf(string surname)
    {
        for (var cut = Math.Max(MinSurname, surname.Length - 3); cut < surname.Length; cut++)
        {
            if (NominalEndings.IsCaseEndingAfter(surname.AsSpan(0, cut), surname.AsSpan(cut)))
            {
                return surname[..cut];
            }
        }

        return surname;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{N}.])(?<initials>(?:\p{Lu}\p{Ll}?\.[ ]?){1,2})(?<surname>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}])")]
    private static partial Regex Pattern();
}
