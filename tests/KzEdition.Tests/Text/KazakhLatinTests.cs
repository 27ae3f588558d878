using KzEdition.Text;

namespace KzEdition.Tests.Text;

/// <summary>The whole Cyrillic → 2021 Latin table, letter by letter, capitals included, and the rules for letters outside it.</summary>
public sealed class KazakhLatinTests
{
    /// <summary>All 42 letters of the Kazakh Cyrillic alphabet, capital and small, with their Latin spelling.</summary>
    public static TheoryData<string, string> WholeTable() => new()
    {
        { "Аа", "Aa" }, { "Әә", "Ää" }, { "Бб", "Bb" }, { "Вв", "Vv" }, { "Гг", "Gg" }, { "Ғғ", "Ğğ" },
        { "Дд", "Dd" }, { "Ее", "Ee" }, { "Ёё", "İoio" }, { "Жж", "Jj" }, { "Зз", "Zz" }, { "Ии", "İi" },
        { "Йй", "İi" }, { "Кк", "Kk" }, { "Ққ", "Qq" }, { "Лл", "Ll" }, { "Мм", "Mm" }, { "Нн", "Nn" },
        { "Ңң", "Ññ" }, { "Оо", "Oo" }, { "Өө", "Öö" }, { "Пп", "Pp" }, { "Рр", "Rr" }, { "Сс", "Ss" },
        { "Тт", "Tt" }, { "Уу", "Uu" }, { "Ұұ", "Ūū" }, { "Үү", "Üü" }, { "Фф", "Ff" }, { "Хх", "Hh" },
        { "Һһ", "Hh" }, { "Цц", "Tsts" }, { "Чч", "Chch" }, { "Шш", "Şş" }, { "Щщ", "Şşşş" }, { "Ъъ", "" },
        { "Ыы", "Yy" }, { "Іі", "Iı" }, { "Ьь", "" }, { "Ээ", "Ee" }, { "Юю", "İuiu" }, { "Яя", "İaia" },
    };

    [Theory]
    [MemberData(nameof(WholeTable))]
    public void Transliterate_WritesEachLetterAsThe2021TableOrItsRulesSay(string cyrillic, string latin) =>
        Assert.Equal(latin, KazakhLatin.Transliterate(cyrillic));

    [Fact]
    public void Table_CoversEvery42LettersOfTheKazakhAlphabet_AndUsesOnlyThe31LatinLetters_SaveCForЧ()
    {
        Assert.Equal(42, KazakhLatin.Table.Count);
        var alphabet = "aäbdefgğhıijklmnñoöpqrsştuūüvyz".ToHashSet();
        Assert.All(KazakhLatin.Table.Where(e => e.Key != 'ч').SelectMany(e => e.Value), c => Assert.Contains(c, alphabet));
        Assert.Equal("ch", KazakhLatin.Table['ч']);
    }

    [Fact]
    public void Transliterate_AKazakhSentence_AsThe2021AlphabetWritesIt()
    {
        // The sample Wikipedia's "Kazakh alphabets" gives for the January 2021 alphabet.
        Assert.Equal(
            "Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp qonypty.",
            KazakhLatin.Transliterate("Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының үйіне келіп қоныпты."));
    }

    [Theory]
    [InlineData("ЧЕХ", "CHEH")]
    [InlineData("Чех", "Cheh")]
    [InlineData("ЮНЕСКО", "İUNESKO")]
    [InlineData("Юрий", "İurii")]
    [InlineData("Яғни", "İağni")]
    [InlineData("Ядролық", "İadrolyq")]
    [InlineData("ЯДРОЛЫҚ", "İADROLYQ")]
    [InlineData("Ёлка", "İolka")]
    [InlineData("ҚАЗАҚСТАН-НАТО", "QAZAQSTAN-NATO")]
    [InlineData("NATO [1, 18-19 б.]", "NATO [1, 18-19 b.]")]
    public void Transliterate_KeepsCapitalsAndLeavesOtherCharactersAlone(string cyrillic, string latin) =>
        Assert.Equal(latin, KazakhLatin.Transliterate(cyrillic));

    [Theory]
    [InlineData("НА\u0301ТО", "N\u00C1TO")]                  // the stress of НА́ТО: А has no precomposed acute, A has (Á)
    [InlineData("Ү\u0301Й", "\u01D7İ")]                       // Ü with an acute is one character too
    [InlineData("А\u0308", "\u00C4")]                         // a mark the Cyrillic letter took as it was
    public void Transliterate_IsInNfc_WhenALatinLetterComposesWithTheCombiningMarkAfterIt(string cyrillic, string latin)
    {
        var written = KazakhLatin.Transliterate(cyrillic);

        Assert.Equal(latin, written);
        Assert.True(written.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Changes_IsTrueForTheTablesLettersAndTheirCapitals_AndNoOtherCharacter()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (KazakhLatin.Table.ContainsKey(char.ToLowerInvariant(c)) != KazakhLatin.Changes(c))
            {
                Assert.Fail($"U+{(int)c:X4} '{c}': Changes says {KazakhLatin.Changes(c)}");
            }
        }
    }

    [Theory]
    [InlineData("ЧЕХ", 0, "CH")]
    [InlineData("Чех", 0, "Ch")]
    [InlineData("Ч", 0, "Ch")]
    [InlineData("аЧ", 1, "Ch")]
    [InlineData("AЧ", 1, "CH")]
    [InlineData("Ч.", 1, null)]
    public void Spell_IsTheLatinOfOneLetter_WithItsNeighboursDecidingCapitals(string text, int index, string? latin) =>
        Assert.Equal(latin, KazakhLatin.Spell(text, index));
}
