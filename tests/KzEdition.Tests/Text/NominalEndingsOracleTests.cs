using CsCheck;
using KzEdition.Tests.Support;
using KzEdition.Tests.Text.Oracles;
using KzEdition.Text;

namespace KzEdition.Tests.Text;

/// <summary>The allocation-free check of endings accepts exactly what the oracle (every split as lists of strings) accepts.</summary>
public sealed class NominalEndingsOracleTests
{
    /// <summary>Every piece of an ending the check knows, and letters that are none.</summary>
    private static readonly string[] Pieces =
    [
        "лар", "лер", "дар", "тар", "ымыз", "іміз", "мыз", "ыңыз", "ңыз", "ым", "м", "ың", "ң", "сы", "сі", "ы", "і", "ның", "нің", "дың", "тың",
        "ға", "ге", "қа", "ке", "ны", "ды", "ты", "да", "де", "та", "те", "дан", "тан", "нан", "нен", "мен", "бен", "пен", "на", "не", "а", "е",
        "н", "нда", "нде", "ғы", "гі", "қы", "кі", "я", "у", "ю", "ом", "ем", "ём", "им", "ой", "ей", "ою", "ам", "ах", "ами", "ов", "ев", "лық", "x",
    ];

    [Fact]
    public void IsInflection_OnEveryJoinOfUpToThreePieces_AgreesWithTheOracle()
    {
        foreach (var a in Pieces.Prepend(""))
        {
            foreach (var b in Pieces.Prepend(""))
            {
                foreach (var c in Pieces.Prepend(""))
                {
                    var rest = a + b + c;
                    Assert.Equal(NominalEndingsOracle.IsInflection(rest, "kk"), NominalEndings.IsInflection(rest, "kk"));
                    Assert.Equal(NominalEndingsOracle.IsInflection(rest, "ru"), NominalEndings.IsInflection(rest, "ru"));
                    Assert.Equal(NominalEndingsOracle.IsInflectionAfterPossessive(rest), NominalEndings.IsInflectionAfterPossessive(rest));
                }
            }
        }
    }

    [Fact]
    public void IsInflection_OnGeneratedRests_AgreesWithTheOracle() =>
        Gen.OneOf(Pieces).Array[0, 6].Select(string.Concat).Sample(rest =>
        {
            Assert.Equal(NominalEndingsOracle.IsInflection(rest, "kk"), NominalEndings.IsInflection(rest, "kk"));
            Assert.Equal(NominalEndingsOracle.IsInflection(rest, "ru"), NominalEndings.IsInflection(rest, "ru"));
            Assert.Equal(NominalEndingsOracle.IsInflectionAfterPossessive(rest), NominalEndings.IsInflectionAfterPossessive(rest));
        }, iter: ScannedTexts.Iterations * 10);
}
