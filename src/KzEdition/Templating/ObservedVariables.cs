using KzEdition.Engine.Memo;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace KzEdition.Templating;

/// <summary>
/// A page's variables as a template reads them, each read logged with the fingerprint of the value
/// read (<see cref="PageModel"/>). Variables the template or the renderer set themselves
/// (<c>{{ lang = a.lang }}</c>, <c>content</c>) are not logged once set: what they hold follows from
/// what was read before.
/// </summary>
internal sealed class ObservedVariables : ScriptObject
{
    private readonly ScriptObject _model;
    private readonly ObservationLog _log;
    private readonly HashSet<string> _set;

    public ObservedVariables(ScriptObject model, ObservationLog log, IReadOnlyCollection<string> setByRenderer)
    {
        _model = model;
        _log = log;
        _set = [.. setByRenderer];
        foreach (var (name, value) in model)
        {
            base.SetValue(name, value, readOnly: false);
        }
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        Observe(member);
        return base.TryGetValue(context, span, member, out value!);
    }

    public override bool Contains(string member)
    {
        Observe(member);
        return base.Contains(member);
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        lock (_set)
        {
            _set.Add(member);
        }

        return base.TrySetValue(context, span, member, value, readOnly);
    }

    public override object? this[string key]
    {
        get
        {
            Observe(key);
            return base[key];
        }

        set
        {
            lock (_set)
            {
                _set.Add(key);
            }

            base[key] = value;
        }
    }

    private void Observe(string member)
    {
        bool set;
        lock (_set)
        {
            set = _set.Contains(member);
        }

        if (!set)
        {
            _log.Add(member, ((IDictionary<string, object>)_model).TryGetValue(member, out var value) ? Fingerprints.Of(value) : PageModel.Absent);
        }
    }
}
