namespace KzEdition.Preview;

/// <summary>Why the preview could not start: a missing folder, an address it cannot listen on, an output it must not serve.</summary>
public sealed class PreviewException : Exception
{
    public PreviewException()
    {
    }

    public PreviewException(string message)
        : base(message)
    {
    }

    public PreviewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
