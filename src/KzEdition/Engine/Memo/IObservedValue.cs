namespace KzEdition.Engine.Memo;

/// <summary>
/// A value modules read through queries (a word looked up in the corpus's evidence, a variable a
/// template reads): a module that declares it observed (<see cref="Reads.Observed"/>) is given a view
/// that writes every query and its answer to a log, and the engine runs it again only when the value
/// of a later build answers one of those queries differently.
/// </summary>
public interface IObservedValue
{
    /// <summary>The same value, seen through a view that writes each query made of it, with its answer, to <paramref name="log"/>.</summary>
    object ObservedBy(ObservationLog log);

    /// <summary>Whether this value answers every query of the log as it was answered then.</summary>
    bool Answers(ObservationLog log);
}
