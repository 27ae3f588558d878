namespace KzEdition.Engine.Memo;

/// <summary>
/// The values one module read in the last build, by place (the document's position, the declared
/// value's index), with their fingerprints: a value that is the very object read at that place last
/// time has that fingerprint, found by a reference comparison. At 1,000 articles a rebuild asks for
/// some hundred thousand fingerprints, nearly all of objects handed on from the last build, each
/// otherwise a lookup in the table kept beside the objects (<see cref="Fingerprints"/>).
/// </summary>
/// <remarks>
/// Only lasting values are remembered (<see cref="Fingerprints.Of(object?, out bool)"/>): an object
/// made this build, held here until the next, would outlive its build and be collected only with
/// the oldest generation. A place whose document moved simply finds another object, and asks again.
/// Each place is read and written by the one thread that runs its document.
/// </remarks>
internal sealed class ValuesByPlace(int width)
{
    private object?[] _values = [];
    private Fingerprint[] _fingerprints = [];

    /// <summary>How many values a document has places for: the module's declared values.</summary>
    public int Width => width;

    /// <summary>Makes room for this many documents; before the documents are run, on one thread.</summary>
    public void Resize(int documents)
    {
        var length = documents * width;
        if (_values.Length != length)
        {
            Array.Resize(ref _values, length);
            Array.Resize(ref _fingerprints, length);
        }
    }

    /// <summary>The value's fingerprint, read at <paramref name="index"/> of the document at <paramref name="document"/> (−1: no place).</summary>
    public Fingerprint Of(int document, int index, object value)
    {
        var slot = (document * width) + index;
        if (document < 0 || index >= width || slot >= _values.Length)
        {
            return Fingerprints.Of(value);
        }

        if (ReferenceEquals(_values[slot], value))
        {
            return _fingerprints[slot];
        }

        var fingerprint = Fingerprints.Of(value, out var lasting);
        if (lasting)
        {
            _fingerprints[slot] = fingerprint;
            _values[slot] = value;
        }

        return fingerprint;
    }
}
