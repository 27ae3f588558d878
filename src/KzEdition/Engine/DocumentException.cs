namespace KzEdition.Engine;

/// <summary>
/// A module failed on one document: carries the document's name and the module's, so that the
/// engine can say which (consecutive per-document modules run as one pass, document by document).
/// </summary>
public sealed class DocumentException : Exception
{
    public DocumentException(Document document, string module, Exception inner)
        : base(inner.Message, inner)
    {
        DocumentName = document.DisplayName;
        ModuleName = module;
    }

    public string DocumentName { get; }

    public string ModuleName { get; }
}
