using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KzEdition.Benchmarks;

/// <summary>MB/s: the input's UTF-8 bytes (MB = 1,000,000 bytes) over the mean time of one operation.</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly Lazy<long> _inputBytes = new(Corpus.BenchmarkInputBytes);

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: MB (1,000,000 bytes of UTF-8 input) processed a second, on the mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (_inputBytes.Value / 1e6 / (mean.Value / 1e9)).ToString("F2", CultureInfo.InvariantCulture) : "NA";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
