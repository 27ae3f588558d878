using System.Buffers;
using System.Text;

namespace KzEdition.Text;

/// <summary>
/// Canonical composition, as Unicode Normalization Form C does it, of a Latin letter and the
/// combining diacritical marks (U+0300–U+036F) after it: A and U+0301 are Á. By a table, not
/// <see cref="string.Normalize(NormalizationForm)"/>: with invariant globalization
/// (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1) .NET has no normalization, and a build must make the
/// same files in both modes (GlobalizationTests).
/// </summary>
/// <remarks>
/// A mark composes with the letter right before it, or with the letter that letter and the marks
/// before it composed into (u, U+0308, U+0301 → ǘ), which is NFC's result for marks in canonical
/// order, as text read in NFC has them. A mark that does not compose with the letter before it stops
/// the letter's composition (NFC would go on past a mark of a lower combining class: a mark below
/// between a letter and a mark above). The table holds every primary composite of a Latin block
/// (U+00C0–U+024F, U+1E00–U+1EFF) that is a letter and one such mark (UnicodeData's canonical
/// decompositions, less the composition exclusions); a test checks it against
/// <see cref="string.Normalize(NormalizationForm)"/>.
/// </remarks>
internal static class LatinComposition
{
    /// <summary>Triples: a letter, a combining mark, the character the two compose into.</summary>
    internal const string Triples =
        "A\u0300\u00C0A\u0301\u00C1A\u0302\u00C2A\u0303\u00C3A\u0308\u00C4A\u030A\u00C5" +
        "C\u0327\u00C7E\u0300\u00C8E\u0301\u00C9E\u0302\u00CAE\u0308\u00CBI\u0300\u00CC" +
        "I\u0301\u00CDI\u0302\u00CEI\u0308\u00CFN\u0303\u00D1O\u0300\u00D2O\u0301\u00D3" +
        "O\u0302\u00D4O\u0303\u00D5O\u0308\u00D6U\u0300\u00D9U\u0301\u00DAU\u0302\u00DB" +
        "U\u0308\u00DCY\u0301\u00DDa\u0300\u00E0a\u0301\u00E1a\u0302\u00E2a\u0303\u00E3" +
        "a\u0308\u00E4a\u030A\u00E5c\u0327\u00E7e\u0300\u00E8e\u0301\u00E9e\u0302\u00EA" +
        "e\u0308\u00EBi\u0300\u00ECi\u0301\u00EDi\u0302\u00EEi\u0308\u00EFn\u0303\u00F1" +
        "o\u0300\u00F2o\u0301\u00F3o\u0302\u00F4o\u0303\u00F5o\u0308\u00F6u\u0300\u00F9" +
        "u\u0301\u00FAu\u0302\u00FBu\u0308\u00FCy\u0301\u00FDy\u0308\u00FFA\u0304\u0100" +
        "a\u0304\u0101A\u0306\u0102a\u0306\u0103A\u0328\u0104a\u0328\u0105C\u0301\u0106" +
        "c\u0301\u0107C\u0302\u0108c\u0302\u0109C\u0307\u010Ac\u0307\u010BC\u030C\u010C" +
        "c\u030C\u010DD\u030C\u010Ed\u030C\u010FE\u0304\u0112e\u0304\u0113E\u0306\u0114" +
        "e\u0306\u0115E\u0307\u0116e\u0307\u0117E\u0328\u0118e\u0328\u0119E\u030C\u011A" +
        "e\u030C\u011BG\u0302\u011Cg\u0302\u011DG\u0306\u011Eg\u0306\u011FG\u0307\u0120" +
        "g\u0307\u0121G\u0327\u0122g\u0327\u0123H\u0302\u0124h\u0302\u0125I\u0303\u0128" +
        "i\u0303\u0129I\u0304\u012Ai\u0304\u012BI\u0306\u012Ci\u0306\u012DI\u0328\u012E" +
        "i\u0328\u012FI\u0307\u0130J\u0302\u0134j\u0302\u0135K\u0327\u0136k\u0327\u0137" +
        "L\u0301\u0139l\u0301\u013AL\u0327\u013Bl\u0327\u013CL\u030C\u013Dl\u030C\u013E" +
        "N\u0301\u0143n\u0301\u0144N\u0327\u0145n\u0327\u0146N\u030C\u0147n\u030C\u0148" +
        "O\u0304\u014Co\u0304\u014DO\u0306\u014Eo\u0306\u014FO\u030B\u0150o\u030B\u0151" +
        "R\u0301\u0154r\u0301\u0155R\u0327\u0156r\u0327\u0157R\u030C\u0158r\u030C\u0159" +
        "S\u0301\u015As\u0301\u015BS\u0302\u015Cs\u0302\u015DS\u0327\u015Es\u0327\u015F" +
        "S\u030C\u0160s\u030C\u0161T\u0327\u0162t\u0327\u0163T\u030C\u0164t\u030C\u0165" +
        "U\u0303\u0168u\u0303\u0169U\u0304\u016Au\u0304\u016BU\u0306\u016Cu\u0306\u016D" +
        "U\u030A\u016Eu\u030A\u016FU\u030B\u0170u\u030B\u0171U\u0328\u0172u\u0328\u0173" +
        "W\u0302\u0174w\u0302\u0175Y\u0302\u0176y\u0302\u0177Y\u0308\u0178Z\u0301\u0179" +
        "z\u0301\u017AZ\u0307\u017Bz\u0307\u017CZ\u030C\u017Dz\u030C\u017EO\u031B\u01A0" +
        "o\u031B\u01A1U\u031B\u01AFu\u031B\u01B0A\u030C\u01CDa\u030C\u01CEI\u030C\u01CF" +
        "i\u030C\u01D0O\u030C\u01D1o\u030C\u01D2U\u030C\u01D3u\u030C\u01D4\u00DC\u0304\u01D5" +
        "\u00FC\u0304\u01D6\u00DC\u0301\u01D7\u00FC\u0301\u01D8\u00DC\u030C\u01D9" +
        "\u00FC\u030C\u01DA\u00DC\u0300\u01DB\u00FC\u0300\u01DC\u00C4\u0304\u01DE" +
        "\u00E4\u0304\u01DF\u0226\u0304\u01E0\u0227\u0304\u01E1\u00C6\u0304\u01E2" +
        "\u00E6\u0304\u01E3G\u030C\u01E6g\u030C\u01E7K\u030C\u01E8k\u030C\u01E9O\u0328\u01EA" +
        "o\u0328\u01EB\u01EA\u0304\u01EC\u01EB\u0304\u01ED\u01B7\u030C\u01EE" +
        "\u0292\u030C\u01EFj\u030C\u01F0G\u0301\u01F4g\u0301\u01F5N\u0300\u01F8n\u0300\u01F9" +
        "\u00C5\u0301\u01FA\u00E5\u0301\u01FB\u00C6\u0301\u01FC\u00E6\u0301\u01FD" +
        "\u00D8\u0301\u01FE\u00F8\u0301\u01FFA\u030F\u0200a\u030F\u0201A\u0311\u0202" +
        "a\u0311\u0203E\u030F\u0204e\u030F\u0205E\u0311\u0206e\u0311\u0207I\u030F\u0208" +
        "i\u030F\u0209I\u0311\u020Ai\u0311\u020BO\u030F\u020Co\u030F\u020DO\u0311\u020E" +
        "o\u0311\u020FR\u030F\u0210r\u030F\u0211R\u0311\u0212r\u0311\u0213U\u030F\u0214" +
        "u\u030F\u0215U\u0311\u0216u\u0311\u0217S\u0326\u0218s\u0326\u0219T\u0326\u021A" +
        "t\u0326\u021BH\u030C\u021Eh\u030C\u021FA\u0307\u0226a\u0307\u0227E\u0327\u0228" +
        "e\u0327\u0229\u00D6\u0304\u022A\u00F6\u0304\u022B\u00D5\u0304\u022C" +
        "\u00F5\u0304\u022DO\u0307\u022Eo\u0307\u022F\u022E\u0304\u0230\u022F\u0304\u0231" +
        "Y\u0304\u0232y\u0304\u0233A\u0325\u1E00a\u0325\u1E01B\u0307\u1E02b\u0307\u1E03" +
        "B\u0323\u1E04b\u0323\u1E05B\u0331\u1E06b\u0331\u1E07\u00C7\u0301\u1E08" +
        "\u00E7\u0301\u1E09D\u0307\u1E0Ad\u0307\u1E0BD\u0323\u1E0Cd\u0323\u1E0DD\u0331\u1E0E" +
        "d\u0331\u1E0FD\u0327\u1E10d\u0327\u1E11D\u032D\u1E12d\u032D\u1E13\u0112\u0300\u1E14" +
        "\u0113\u0300\u1E15\u0112\u0301\u1E16\u0113\u0301\u1E17E\u032D\u1E18e\u032D\u1E19" +
        "E\u0330\u1E1Ae\u0330\u1E1B\u0228\u0306\u1E1C\u0229\u0306\u1E1DF\u0307\u1E1E" +
        "f\u0307\u1E1FG\u0304\u1E20g\u0304\u1E21H\u0307\u1E22h\u0307\u1E23H\u0323\u1E24" +
        "h\u0323\u1E25H\u0308\u1E26h\u0308\u1E27H\u0327\u1E28h\u0327\u1E29H\u032E\u1E2A" +
        "h\u032E\u1E2BI\u0330\u1E2Ci\u0330\u1E2D\u00CF\u0301\u1E2E\u00EF\u0301\u1E2F" +
        "K\u0301\u1E30k\u0301\u1E31K\u0323\u1E32k\u0323\u1E33K\u0331\u1E34k\u0331\u1E35" +
        "L\u0323\u1E36l\u0323\u1E37\u1E36\u0304\u1E38\u1E37\u0304\u1E39L\u0331\u1E3A" +
        "l\u0331\u1E3BL\u032D\u1E3Cl\u032D\u1E3DM\u0301\u1E3Em\u0301\u1E3FM\u0307\u1E40" +
        "m\u0307\u1E41M\u0323\u1E42m\u0323\u1E43N\u0307\u1E44n\u0307\u1E45N\u0323\u1E46" +
        "n\u0323\u1E47N\u0331\u1E48n\u0331\u1E49N\u032D\u1E4An\u032D\u1E4B\u00D5\u0301\u1E4C" +
        "\u00F5\u0301\u1E4D\u00D5\u0308\u1E4E\u00F5\u0308\u1E4F\u014C\u0300\u1E50" +
        "\u014D\u0300\u1E51\u014C\u0301\u1E52\u014D\u0301\u1E53P\u0301\u1E54p\u0301\u1E55" +
        "P\u0307\u1E56p\u0307\u1E57R\u0307\u1E58r\u0307\u1E59R\u0323\u1E5Ar\u0323\u1E5B" +
        "\u1E5A\u0304\u1E5C\u1E5B\u0304\u1E5DR\u0331\u1E5Er\u0331\u1E5FS\u0307\u1E60" +
        "s\u0307\u1E61S\u0323\u1E62s\u0323\u1E63\u015A\u0307\u1E64\u015B\u0307\u1E65" +
        "\u0160\u0307\u1E66\u0161\u0307\u1E67\u1E62\u0307\u1E68\u1E63\u0307\u1E69" +
        "T\u0307\u1E6At\u0307\u1E6BT\u0323\u1E6Ct\u0323\u1E6DT\u0331\u1E6Et\u0331\u1E6F" +
        "T\u032D\u1E70t\u032D\u1E71U\u0324\u1E72u\u0324\u1E73U\u0330\u1E74u\u0330\u1E75" +
        "U\u032D\u1E76u\u032D\u1E77\u0168\u0301\u1E78\u0169\u0301\u1E79\u016A\u0308\u1E7A" +
        "\u016B\u0308\u1E7BV\u0303\u1E7Cv\u0303\u1E7DV\u0323\u1E7Ev\u0323\u1E7FW\u0300\u1E80" +
        "w\u0300\u1E81W\u0301\u1E82w\u0301\u1E83W\u0308\u1E84w\u0308\u1E85W\u0307\u1E86" +
        "w\u0307\u1E87W\u0323\u1E88w\u0323\u1E89X\u0307\u1E8Ax\u0307\u1E8BX\u0308\u1E8C" +
        "x\u0308\u1E8DY\u0307\u1E8Ey\u0307\u1E8FZ\u0302\u1E90z\u0302\u1E91Z\u0323\u1E92" +
        "z\u0323\u1E93Z\u0331\u1E94z\u0331\u1E95h\u0331\u1E96t\u0308\u1E97w\u030A\u1E98" +
        "y\u030A\u1E99\u017F\u0307\u1E9BA\u0323\u1EA0a\u0323\u1EA1A\u0309\u1EA2a\u0309\u1EA3" +
        "\u00C2\u0301\u1EA4\u00E2\u0301\u1EA5\u00C2\u0300\u1EA6\u00E2\u0300\u1EA7" +
        "\u00C2\u0309\u1EA8\u00E2\u0309\u1EA9\u00C2\u0303\u1EAA\u00E2\u0303\u1EAB" +
        "\u1EA0\u0302\u1EAC\u1EA1\u0302\u1EAD\u0102\u0301\u1EAE\u0103\u0301\u1EAF" +
        "\u0102\u0300\u1EB0\u0103\u0300\u1EB1\u0102\u0309\u1EB2\u0103\u0309\u1EB3" +
        "\u0102\u0303\u1EB4\u0103\u0303\u1EB5\u1EA0\u0306\u1EB6\u1EA1\u0306\u1EB7" +
        "E\u0323\u1EB8e\u0323\u1EB9E\u0309\u1EBAe\u0309\u1EBBE\u0303\u1EBCe\u0303\u1EBD" +
        "\u00CA\u0301\u1EBE\u00EA\u0301\u1EBF\u00CA\u0300\u1EC0\u00EA\u0300\u1EC1" +
        "\u00CA\u0309\u1EC2\u00EA\u0309\u1EC3\u00CA\u0303\u1EC4\u00EA\u0303\u1EC5" +
        "\u1EB8\u0302\u1EC6\u1EB9\u0302\u1EC7I\u0309\u1EC8i\u0309\u1EC9I\u0323\u1ECA" +
        "i\u0323\u1ECBO\u0323\u1ECCo\u0323\u1ECDO\u0309\u1ECEo\u0309\u1ECF\u00D4\u0301\u1ED0" +
        "\u00F4\u0301\u1ED1\u00D4\u0300\u1ED2\u00F4\u0300\u1ED3\u00D4\u0309\u1ED4" +
        "\u00F4\u0309\u1ED5\u00D4\u0303\u1ED6\u00F4\u0303\u1ED7\u1ECC\u0302\u1ED8" +
        "\u1ECD\u0302\u1ED9\u01A0\u0301\u1EDA\u01A1\u0301\u1EDB\u01A0\u0300\u1EDC" +
        "\u01A1\u0300\u1EDD\u01A0\u0309\u1EDE\u01A1\u0309\u1EDF\u01A0\u0303\u1EE0" +
        "\u01A1\u0303\u1EE1\u01A0\u0323\u1EE2\u01A1\u0323\u1EE3U\u0323\u1EE4u\u0323\u1EE5" +
        "U\u0309\u1EE6u\u0309\u1EE7\u01AF\u0301\u1EE8\u01B0\u0301\u1EE9\u01AF\u0300\u1EEA" +
        "\u01B0\u0300\u1EEB\u01AF\u0309\u1EEC\u01B0\u0309\u1EED\u01AF\u0303\u1EEE" +
        "\u01B0\u0303\u1EEF\u01AF\u0323\u1EF0\u01B0\u0323\u1EF1Y\u0300\u1EF2y\u0300\u1EF3" +
        "Y\u0323\u1EF4y\u0323\u1EF5Y\u0309\u1EF6y\u0309\u1EF7Y\u0303\u1EF8y\u0303\u1EF9";

    private static readonly Dictionary<(char Letter, char Mark), char> Composites = Build();

    /// <summary>
    /// The combining diacritical marks (U+0300–U+036F), looked for in every text node of a Latin
    /// page: as search values, not by the generic ContainsAnyInRange, whose code as first compiled
    /// by the JIT boxes its two bounds at every call.
    /// </summary>
    internal static readonly SearchValues<char> CombiningMarks = SearchValues.Create(string.Concat(Enumerable.Range(0x300, 0x70).Select(c => (char)c)));

    /// <summary><paramref name="text"/> with each Latin letter and the combining marks after it composed where Unicode has one character for them.</summary>
    public static string Compose(string text)
    {
        if (!text.AsSpan().ContainsAny(CombiningMarks))
        {
            return text;
        }

        var composed = new StringBuilder(text.Length);
        var composing = false; // whether the last character written is a letter the next mark may compose with
        foreach (var c in text)
        {
            if (composing && c is >= '\u0300' and <= '\u036F' && Composites.TryGetValue((composed[^1], c), out var composite))
            {
                composed[^1] = composite;
                continue;
            }

            composing = c is < '\u0300' or > '\u036F';
            composed.Append(c);
        }

        return composed.ToString();
    }

    private static Dictionary<(char, char), char> Build()
    {
        var table = new Dictionary<(char, char), char>(Triples.Length / 3);
        for (var i = 0; i < Triples.Length; i += 3)
        {
            table.Add((Triples[i], Triples[i + 1]), Triples[i + 2]);
        }

        return table;
    }
}
