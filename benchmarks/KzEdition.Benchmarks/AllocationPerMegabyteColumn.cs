using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KzEdition.Benchmarks;

/// <summary>Managed bytes allocated for each MB (1,000,000 bytes) of UTF-8 input, from the memory diagnoser.</summary>
public sealed class AllocationPerMegabyteColumn : IColumn
{
    private readonly Lazy<long> _inputBytes = new(Corpus.BenchmarkInputBytes);

    public string Id => nameof(AllocationPerMegabyteColumn);

    public string ColumnName => "Alloc/MB in";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Managed allocation per MB of input, in MB (1.0 = as many bytes allocated as read)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var allocated = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is > 0 ? $"{(allocated.Value / (double)_inputBytes.Value).ToString("F1", CultureInfo.InvariantCulture)} MB" : "NA";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
