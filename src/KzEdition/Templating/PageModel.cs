using KzEdition.Engine.Memo;
using Scriban.Runtime;

namespace KzEdition.Templating;

/// <summary>
/// Everything a page's templates receive (the variables <c>site</c>, <c>ui</c>, <c>page</c>,
/// <c>article</c>, <c>articles</c>, …), and the page's identity for rendering: a page is rendered
/// again exactly when a variable its templates read last time holds something else now.
/// </summary>
/// <remarks>
/// The model is observed variable by variable (<see cref="IObservedValue"/>): rendering goes through
/// a view that logs each variable the templates read with the fingerprint of its whole value. So a
/// theme that shows any field of any variable is never shown stale data, and an article page, which
/// does not read the table of contents, is not rendered again because another article's word count
/// changed. Model objects are read-only once made: a template cannot change what the log describes.
/// </remarks>
public sealed class PageModel : IObservedValue
{
    private readonly ScriptObject _variables;
    private readonly ObservationLog? _log;

    public PageModel(ScriptObject variables)
        : this(variables, null)
    {
    }

    private PageModel(ScriptObject variables, ObservationLog? log)
    {
        _variables = variables;
        _log = log;
    }

    /// <summary>The variables as a render should see them: through the logging view when this model is observed.</summary>
    public ScriptObject Variables(IReadOnlyCollection<string> setByRenderer) =>
        _log is null ? _variables.Clone(false) as ScriptObject ?? throw new InvalidOperationException() : new ObservedVariables(_variables, _log, setByRenderer);

    /// <summary>
    /// A variable as the model holds it, not observed: for a module that makes the models of a page's
    /// fragments from the page's (<see cref="With"/>), never for rendering.
    /// </summary>
    public object? this[string name] => ((IDictionary<string, object>)_variables).TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// This model with one variable more (or another value for it): what a fragment of the page
    /// rendered on its own receives (an index page's entry: the page's variables and <c>entry</c>),
    /// as the page's template would give it to the fragment's partial.
    /// </summary>
    public PageModel With(string name, object? value)
    {
        var variables = (ScriptObject)_variables.Clone(false);
        variables[name] = value;
        return new PageModel(variables);
    }

    public object ObservedBy(ObservationLog log) => new PageModel(_variables, log);

    public bool Answers(ObservationLog log)
    {
        foreach (var (name, answer) in log.Entries)
        {
            if (answer is not Fingerprint logged || Answer((string)name) != logged)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a read of a variable gives, as logged: the fingerprint of its value, or of its absence.</summary>
    internal Fingerprint Answer(string name) =>
        ((IDictionary<string, object>)_variables).TryGetValue(name, out var value) ? Fingerprints.Of(value) : Absent;

    internal static readonly Fingerprint Absent = new FingerprintBuilder().Add("no such variable").Build();
}
