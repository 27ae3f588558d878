using System.Diagnostics;
using System.Globalization;
using KzEdition.Building;
using KzEdition.Pdf;

namespace KzEdition.Benchmarks;

/// <summary>
/// How long <c>kzedition pdf</c> takes on the real edition: the build, then the print edition laid
/// out by Paged.js and printed, then every article page printed (two Chromium tabs at once), each
/// run from nothing into a fresh folder, as an editor runs the command.
/// </summary>
public static class PdfDuration
{
    public static async Task<int> Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var root = Corpus.RepositoryRoot();
        var folder = Directory.CreateTempSubdirectory("kzedition-pdf-bench-").FullName;
        try
        {
            var runs = new List<(double Total, double Build, double Edition, double Articles)>();
            for (var round = 0; round < rounds; round++)
            {
                var output = Path.Combine(folder, $"site-{round}");
                PdfReport report = null!;
                var stopwatch = Stopwatch.StartNew();
                var result = await EditionBuilder.BuildAsync(
                    new BuildOptions(Path.Combine(root, "input"), output, Theme: Path.Combine(root, "theme"), Pdf: true),
                    async (site, token) => report = await PdfRenderer.RenderAsync(site, cancellationToken: token));
                stopwatch.Stop();
                var total = stopwatch.Elapsed.TotalSeconds;
                runs.Add((total, total - report.Total.TotalSeconds, report.Edition.TotalSeconds, report.Articles.TotalSeconds));
                var pdf = new FileInfo(Path.Combine(output, report.Files[0]));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {round + 1}: {total:F1} s (build {runs[^1].Build:F1} s, print edition {runs[^1].Edition:F1} s, {report.Files.Count - 1} articles {runs[^1].Articles:F1} s); {pdf.Name} {pdf.Length / 1024.0:F0} KiB"));
            }

            static double Median(IEnumerable<double> values)
            {
                var sorted = values.Order().ToArray();
                return sorted[sorted.Length / 2];
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median of {rounds}: {Median(runs.Select(r => r.Total)):F1} s (build {Median(runs.Select(r => r.Build)):F1} s, print edition {Median(runs.Select(r => r.Edition)):F1} s, articles {Median(runs.Select(r => r.Articles)):F1} s)"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
