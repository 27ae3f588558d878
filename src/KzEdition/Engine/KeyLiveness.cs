using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace KzEdition.Engine;

/// <summary>
/// Which values of a pipeline's processed documents some module still to run declares it reads
/// (<see cref="Reads"/>): its own PostProcess modules, the modules that read the pipeline with
/// named keys, and, where a module takes its documents whole (<c>ReadFromPipeline</c>), whatever
/// the modules after it read, and so on down the pipelines they flow into. The engine lets go of
/// the other values once the Process phase has made them, so a build does not carry a source's
/// text, its vocabulary or an article's search terms to the end.
/// </summary>
/// <remarks>
/// Reads are declared and enforced (<see cref="ReadScope"/>), so a value no later module declares is
/// one no later module can read. What the caller reads of the result it names itself
/// (<see cref="EngineRun.Kept"/>).
/// </remarks>
internal sealed class KeyLiveness
{
    private readonly ImmutableDictionary<string, Pipeline> _pipelines;
    private readonly Dictionary<string, ImmutableArray<Reader>> _readers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableHashSet<IKey>> _afterProcess = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Pipeline, Phase Phase), ImmutableArray<string>> _readBy = [];
    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase, int Start), (IReadOnlySet<IKey> Kept, IReadOnlySet<IKey> Keys)> _keeping = new();

    public KeyLiveness(ImmutableDictionary<string, Pipeline> pipelines)
    {
        _pipelines = pipelines;
        foreach (var name in pipelines.Keys.Order(StringComparer.Ordinal))
        {
            _ = AfterProcess(name);
        }

        foreach (var group in pipelines.Keys.SelectMany(source => ReadersOf(source).Select(r => (Reader: (r.Pipeline, r.Phase), Source: source))).GroupBy(r => r.Reader))
        {
            _readBy[group.Key] = [.. group.Select(r => r.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>One phase that reads a pipeline's processed documents, and the keys it reads of them.</summary>
    /// <param name="Keys">
    /// What the phase reads of them; for a Process phase that takes them whole, also what is read of
    /// its own processed documents, which may be these documents passed on.
    /// </param>
    public readonly record struct Reader(string Pipeline, Phase Phase, ImmutableHashSet<IKey> Keys);

    /// <summary>The keys of a pipeline's processed documents that a module still to run reads.</summary>
    public ImmutableHashSet<IKey> AfterProcess(string pipeline)
    {
        if (_afterProcess.TryGetValue(pipeline, out var known))
        {
            return known;
        }

        return _afterProcess[pipeline] = ReadersOf(pipeline).Aggregate(ImmutableHashSet<IKey>.Empty, (keys, reader) => keys.Union(reader.Keys));
    }

    /// <summary>The pipelines whose processed documents a phase reads (its own, for a PostProcess phase).</summary>
    public ImmutableArray<string> ReadBy(string pipeline, Phase phase) => _readBy.GetValueOrDefault((pipeline, phase), []);

    /// <summary>
    /// Every phase that reads a pipeline's processed documents, with what it reads: the pipeline's own
    /// PostProcess, and every phase with a module that names the pipeline. Once such a phase has finished,
    /// the values only it read can go (the engine lets go of them as the build goes on).
    /// </summary>
    public ImmutableArray<Reader> ReadersOf(string pipeline)
    {
        if (_readers.TryGetValue(pipeline, out var known))
        {
            return known;
        }

        var readers = ImmutableArray.CreateBuilder<Reader>();
        readers.Add(new Reader(pipeline, Phase.PostProcess, ReadFrom(_pipelines[pipeline].PostProcess, 0)));
        foreach (var reader in _pipelines.Values.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var phase in new[] { Phase.Process, Phase.PostProcess })
            {
                var modules = reader.ModulesOf(phase);
                for (var i = 0; i < modules.Length; i++)
                {
                    foreach (var (read, keys) in modules[i].Reads.Pipelines)
                    {
                        if (read != pipeline)
                        {
                            continue;
                        }

                        if (!keys.IsEmpty)
                        {
                            readers.Add(new Reader(reader.Name, phase, [.. keys]));
                            continue;
                        }

                        // The documents taken whole: they flow on through the reader's modules, and
                        // after its Process phase to whatever reads the reader.
                        var flowing = ReadFrom(modules, i + 1);
                        readers.Add(new Reader(reader.Name, phase, phase == Phase.Process ? flowing.Union(AfterProcess(reader.Name)) : flowing));
                    }
                }
            }
        }

        return _readers[pipeline] = readers.ToImmutable();
    }

    /// <summary>
    /// The keys of a phase's documents that its modules from <paramref name="start"/> on read, or
    /// that some module reads after the phase (the caller's own, <see cref="EngineRun.Kept"/>, are
    /// the caller's to add). Between the stages of a phase the engine lets go of the rest: the print
    /// edition's bodies and models, once each article's part of it is written, are not carried to
    /// the module that joins the parts.
    /// </summary>
    public ImmutableHashSet<IKey> InPhase(string pipeline, Phase phase, int start)
    {
        var modules = _pipelines[pipeline].ModulesOf(phase);
        var keys = ReadFrom(modules, start);
        return phase switch
        {
            Phase.Input => keys.Union(ReadFrom(_pipelines[pipeline].Process, 0)).Union(AfterProcess(pipeline)),
            Phase.Process => keys.Union(AfterProcess(pipeline)),
            _ => keys,
        };
    }

    /// <summary>
    /// What a stage's documents keep (<see cref="InPhase"/> and the caller's own), as a set that is
    /// quick to ask: every value of every document is looked up in it after every stage (some 30,000
    /// documents a rebuild of 1,000 articles), and an immutable set's lookups were 3 % of a preview
    /// edit's time. Made once for a stage and the caller's set, not at every build.
    /// </summary>
    public IReadOnlySet<IKey> Keeping(string pipeline, Phase phase, int start, IReadOnlySet<IKey> kept)
    {
        if (_keeping.TryGetValue((pipeline, phase, start), out var known) && ReferenceEquals(known.Kept, kept))
        {
            return known.Keys;
        }

        var keys = new HashSet<IKey>(InPhase(pipeline, phase, start).Union(kept), ReferenceEqualityComparer.Instance);
        _keeping[(pipeline, phase, start)] = (kept, keys);
        return keys;
    }

    /// <summary>What a pipeline's processed documents keep: the keys some module still to run reads, and the caller's own (the set its Process phase's last stage keeps, made once).</summary>
    public IReadOnlySet<IKey> AfterProcessKeeping(string pipeline, IReadOnlySet<IKey> kept) =>
        Keeping(pipeline, Phase.Process, _pipelines[pipeline].Process.Length, kept);

    /// <summary>The keys the modules from <paramref name="start"/> on read of their documents.</summary>
    private static ImmutableHashSet<IKey> ReadFrom(ImmutableArray<IModule> modules, int start)
    {
        var keys = ImmutableHashSet.CreateBuilder<IKey>();
        for (var i = start; i < modules.Length; i++)
        {
            keys.UnionWith(modules[i].Reads.Keys);
            keys.UnionWith(modules[i].Reads.Observed);
        }

        return keys.ToImmutable();
    }

    /// <summary>The documents with only these keys (documents that keep them all are the same objects).</summary>
    public static ImmutableArray<Document> Keep(ImmutableArray<Document> documents, IReadOnlySet<IKey> keys)
    {
        var kept = ImmutableArray.CreateBuilder<Document>(documents.Length);
        foreach (var document in documents)
        {
            kept.Add(document.Keeping(keys));
        }

        return kept.MoveToImmutable();
    }
}
