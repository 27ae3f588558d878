namespace KzEdition.Engine;

/// <summary>
/// Where a build's files go. The build's output stays as it was until the whole build has succeeded:
/// a plain build writes into a staging folder swapped in at the end, the preview holds back the files
/// that changed until then. Two documents for one file are an error naming both.
/// </summary>
public interface IOutputSink
{
    /// <summary>Writes the document's content (<see cref="Keys.Text"/>, <see cref="Keys.Bytes"/> or <see cref="Keys.Parts"/>) to its destination. Thread-safe.</summary>
    void Write(Document document);
}
