using KzEdition.Fuzz;
using KzEdition.Fuzz.Targets;

// The libFuzzer harness: `KzEdition.Fuzz TARGET` under run.sh (the driver starts it and feeds it
// inputs through shared memory); `KzEdition.Fuzz TARGET FILE…` runs files once each, to reproduce a
// crash with its stack trace; `KzEdition.Fuzz --seeds TARGET INPUT FOLDER` writes the seed corpus.
if (args is ["--seeds", var seedTarget, var input, var folder])
{
    Console.WriteLine($"{SeedCorpus.Write(seedTarget, input, folder)} seeds in {folder}");
    return 0;
}

if (args.Length == 0 || FuzzTargets.Named(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: KzEdition.Fuzz TARGET [FILE…]; TARGET is one of: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))}");
    return 2;
}

if (args.Length > 1)
{
    foreach (var file in args[1..])
    {
        Console.WriteLine(file);
        target.Run(File.ReadAllBytes(file));
    }

    return 0;
}

// An exception escaping target.Run fails the input: SharpFuzz prints it, the driver traps, and
// libFuzzer saves the input as a crash.
SharpFuzz.Fuzzer.LibFuzzer.Run(target.Run);
return 0;
