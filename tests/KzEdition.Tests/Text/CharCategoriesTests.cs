using System.Globalization;
using KzEdition.Text;

namespace KzEdition.Tests.Text;

public sealed class CharCategoriesTests
{
    [Fact]
    public void Of_EveryCharacter_IsCharUnicodeInfosCategory()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(CharUnicodeInfo.GetUnicodeCategory((char)c), CharCategories.Of((char)c));
        }
    }
}
