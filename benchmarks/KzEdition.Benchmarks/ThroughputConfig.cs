using BenchmarkDotNet.Configs;

namespace KzEdition.Benchmarks;

/// <summary>Adds the throughput and allocation-per-MB columns to the summary.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn(), new AllocationPerMegabyteColumn());
    }
}
