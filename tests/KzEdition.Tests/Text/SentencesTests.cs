using KzEdition.Text;

namespace KzEdition.Tests.Text;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("Бірінші сөйлем. Екінші 1994 жылы болды. Үшінші.", "Екінші 1994 жылы болды.")]
    [InlineData("Кіріспе. Президент Н.Ә. Назарбаев 1994 жылы келді. Соңы.", "Президент Н.Ә. Назарбаев 1994 жылы келді.")]
    [InlineData("Басы. 1997 ж. Х. Солана 1994 жылы келді. Соңы.", "1997 ж. Х. Солана 1994 жылы келді.")]
    [InlineData("1994 жылы келді", "1994 жылы келді")]
    [InlineData("Сұрақ па? Жауап 1994 жылы! Соңы.", "Жауап 1994 жылы!")]
    public void Around_FindsTheSentenceHoldingTheYear(string text, string expected)
    {
        var (start, end) = Sentences.Around(text, text.IndexOf("1994", StringComparison.Ordinal));

        Assert.Equal(expected, text[start..end]);
    }
}
