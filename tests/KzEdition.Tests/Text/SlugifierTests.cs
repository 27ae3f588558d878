using System.Text.RegularExpressions;
using KzEdition.Text;

namespace KzEdition.Tests.Text;

public sealed partial class SlugifierTests
{
    [Theory]
    [InlineData("Қазақстан және НАТО", "qazaqstan-jane-nato")]
    [InlineData("Қазақстан-НАТО ынтымақтастығының әскери-саяси аспектілері", "qazaqstan-nato-yntymaqtastygynyn-askeri-saiasi-aspektileri")]
    [InlineData("Өзбекстан, Түркіменстан және Ұлыбритания", "ozbekstan-turkimenstan-jane-ulybritaniia")]
    [InlineData("Үкімет пен Һәм", "ukimet-pen-ham")]
    [InlineData("ШЫҒЫС ЖӘНЕ БАТЫС", "sygys-jane-batys")]
    [InlineData("1990 жылдары", "1990-jyldary")]
    [InlineData("Россия и Казахстан: партнерство в сфере безопасности", "rossiia-i-kazahstan-partnerstvo-v-sfere-bezopasnosti")]
    [InlineData("Түркия Республикасы", "turkiia-respublikasy")]
    [InlineData("Türkiye and NATO", "turkiye-and-nato")]
    [InlineData("  «Бейбітшілік жолындағы әріптестік»  ", "beibitsilik-jolyndagy-ariptestik")]
    public void Slugify_GivesAnAsciiSlugInTheKazakhLatinAlphabet(string title, string expected)
    {
        Assert.Equal(expected, Slugifier.Slugify(title));
    }

    [Fact]
    public void Slugify_DropsStressMarks()
    {
        Assert.Equal("nato", Slugifier.Slugify("НА\u0301ТО"));
        Assert.Equal(Slugifier.Slugify("Солтүстік атлантикалық келісім ұйымы, НАТО"), Slugifier.Slugify("Солтүстік атлантикалық келісім ұйымы, НА\u0301ТО"));
    }

    [Fact]
    public void Slugify_UsesTheTablesSpellingForЁ()
    {
        // The table maps ё to "io"; ё must not lose that to Unicode decomposition (е + diaeresis).
        Assert.Equal("iolka", Slugifier.Slugify("Ёлка"));
        Assert.Equal("iolka", Slugifier.Slugify("ёлка"));
    }

    [Theory]
    [InlineData("Қазақстан Республикасының тәуелсіздік жылдарындағы сыртқы саясаты және Солтүстік Атлантикалық келісім ұйымымен ынтымақтастығы")]
    [InlineData("Биполярлы әлемдік тәртіптің жойылуы және халықаралық қатынастар жүйесіндегі жаңа қауіп-қатерлер")]
    [InlineData("а б в г д е ж з и к л м н о п р с т у ф х ш ы і а б в г д е ж з и к л м н о п")]
    public void Slugify_CapsTheLengthAt60AtAWordBoundary(string title)
    {
        var slug = Slugifier.Slugify(title);
        var uncapped = string.Join('-', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Slugifier.Slugify));

        Assert.InRange(slug.Length, 1, 60);
        Assert.True(uncapped.Length > 60);
        Assert.StartsWith(slug + "-", uncapped, StringComparison.Ordinal);
        Assert.True(uncapped.Length <= slug.Length + 1 || uncapped[slug.Length] == '-');
        // As many whole words as fit: the next one would not have.
        var next = uncapped[(slug.Length + 1)..].Split('-')[0];
        Assert.True(slug.Length + 1 + next.Length > 60, $"'{next}' would have fitted after '{slug}'");
    }

    [Fact]
    public void Slugify_WhenTheFirstWordAloneIsLongerThan60_CutsIt()
    {
        var slug = Slugifier.Slugify(new string('ә', 80) + " сөз");

        Assert.Equal(new string('a', 60), slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("«»")]
    [InlineData("— … !?")]
    [InlineData("\u0301")]
    public void Slugify_WhenTheTitleHasNoLetterOrDigit_IsArticle(string title)
    {
        Assert.Equal("article", Slugifier.Slugify(title));
    }

    [Theory]
    [InlineData("Қазақстан және НАТО")]
    [InlineData("Ұлттық қауіпсіздік: 1991–2021 жж.")]
    [InlineData("ҚР Президенті Жарлығы №123 (2002)")]
    [InlineData("Ресей Федерациясы мен Қытай Халық Республикасы")]
    [InlineData("Әлеуметтік-экономикалық реформалар -- нәтижелері")]
    [InlineData("Ёжик, щука, цирк, чай, юла, ясли, эхо, ъ, ь")]
    [InlineData("日本とNATO")]
    public void Slugify_GivesOnlyLowerCaseAsciiLettersDigitsAndSingleInnerHyphens(string title)
    {
        Assert.Matches(SlugPattern(), Slugifier.Slugify(title));
    }

    [Fact]
    public void Slugify_IsTheSameForComposedAndDecomposedText()
    {
        const string title = "Қайта құру және ұйым";

        Assert.Equal(Slugifier.Slugify(title), Slugifier.Slugify(title.Normalize(System.Text.NormalizationForm.FormD)));
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [Fact]
    public void TheTableOfAccentedLetters_IsUnicodesCanonicalDecomposition_OfEveryLatinLetterItCovers()
    {
        // The slugs fold accents by a table, not by string.Normalize (which invariant globalization
        // lacks): the table must be exactly what NFD gives, here where .NET has ICU.
        var expected = new System.Text.StringBuilder();
        var plain = new System.Text.StringBuilder();
        foreach (var (from, to) in new[] { (0xC0, 0x250), (0x1E00, 0x1F00) })
        {
            for (var code = from; code < to; code++)
            {
                var letter = ((char)code).ToString();
                var decomposed = letter.Normalize(System.Text.NormalizationForm.FormD);
                if (decomposed.Length > 1 && char.IsAsciiLetter(decomposed[0])
                    && decomposed[1..].All(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    expected.Append(letter);
                    plain.Append(char.ToLowerInvariant(decomposed[0]));
                }
            }
        }

        Assert.Equal(Slugifier.Accented, expected.ToString());
        Assert.Equal(Slugifier.Plain, plain.ToString());
    }
}

