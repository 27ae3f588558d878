using System.Text;

namespace KzEdition.Text;

/// <summary>
/// Makes ASCII URL slugs from Kazakh and Russian titles: the official 2021 Kazakh Latin
/// alphabet (<see cref="KazakhLatin"/>), folded to ASCII (ä→a, ğ→g, ñ→n, ö→o, ş→s, ū→u, ü→u, ı→i).
/// The same slugs whatever the machine's culture and globalization mode.
/// </summary>
public static class Slugifier
{
    private const int MaxLength = 60;

    /// <summary>
    /// The Latin letters whose canonical decomposition (NFD) is an ASCII letter and marks, in the
    /// Latin-1 Supplement, Latin Extended-A and -B and Latin Extended Additional blocks, each with
    /// that letter in lower case (<see cref="Plain"/>, at the same place). A table, not
    /// <see cref="string.Normalize(NormalizationForm)"/>: with invariant globalization
    /// (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1) .NET has no normalization, and every slug lost its
    /// Kazakh letters (ulttyq-qurylys became lttyq-q-rylys). Checked against NFD by a test.
    /// </summary>
    internal const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    /// <summary>The ASCII letter of each of <see cref="Accented"/>, in lower case.</summary>
    internal const string Plain = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";

    public static string Slugify(string title)
    {
        // One table for the whole edition: the official Latin spelling, then folded to ASCII.
        var ascii = new StringBuilder(title.Length);
        foreach (var c in KazakhLatin.Transliterate(title.ToLowerInvariant()).Replace('ı', 'i'))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                ascii.Append(c);
            }
            else if (Accented.IndexOf(c) is var accented and >= 0)
            {
                ascii.Append(Plain[accented]); // ä ğ ñ ö ş ū ü, é, ç …: the letter without its marks
            }
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // Stress marks and other combining marks: dropped.
            }
            else
            {
                ascii.Append('-');
            }
        }

        var words = ascii.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            if (slug.Length > 0 && slug.Length + 1 + word.Length > MaxLength)
            {
                break;
            }

            if (slug.Length > 0)
            {
                slug.Append('-');
            }

            slug.Append(word.Length > MaxLength ? word[..MaxLength] : word);
        }

        return slug.Length == 0 ? "article" : slug.ToString();
    }
}
