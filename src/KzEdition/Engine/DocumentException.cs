namespace KzEdition.Engine;

/// <summary>
/// Thrown by a per-document module so that the engine can name the document that failed.
/// </summary>
public sealed class DocumentException : Exception
{
    public DocumentException(Document document, Exception inner)
        : base(inner.Message, inner)
    {
        DocumentName = document.DisplayName;
    }

    public string DocumentName { get; }
}
