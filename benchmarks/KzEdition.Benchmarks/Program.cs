using BenchmarkDotNet.Running;
using KzEdition.Benchmarks;

// dotnet run -c Release --project benchmarks/KzEdition.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project benchmarks/KzEdition.Benchmarks -- --peak-memory 50 [--no-clean]
// dotnet run -c Release --project benchmarks/KzEdition.Benchmarks -- --search-index [articles]
if (args.Length > 0 && args[0] == "--search-index")
{
    return SearchIndexSize.Run(args[1..]);
}

// dotnet run -c Release --project benchmarks/KzEdition.Benchmarks -- --preview [articles] [rounds] [--source] [--new-term] [--timeline] [--modules] [--quiet-first]
if (args.Length > 0 && args[0] == "--preview")
{
    return await PreviewLatency.Run(args[1..]);
}

// dotnet run -c Release --project benchmarks/KzEdition.Benchmarks -- --pdf [rounds]
if (args.Length > 0 && args[0] == "--pdf")
{
    return await PdfDuration.Run(args[1..]);
}

// dotnet run -c Release --project benchmarks/KzEdition.Benchmarks -- --synthetic <articles> <folder>: writes the benchmarks' synthetic input
if (args.Length == 3 && args[0] == "--synthetic")
{
    SyntheticEdition.Write(args[2], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

// dotnet run -c Release --project benchmarks/KzEdition.Benchmarks -- --vs-hugo [articles[,articles…]] [rounds] [--kzedition PATH]
if (args.Length > 0 && args[0] == "--vs-hugo")
{
    return await HugoComparison.Run(args[1..]);
}

// dotnet run -c Release --project benchmarks/KzEdition.Benchmarks -- --witnesses [articles] [rounds]
if (args.Length > 0 && args[0] == "--witnesses")
{
    return WitnessSearch.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--peak-memory")
{
    return PeakMemory.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CleaningThroughput).Assembly).Run(args);
return 0;
