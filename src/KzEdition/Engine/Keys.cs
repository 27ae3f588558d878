namespace KzEdition.Engine;

/// <summary>
/// The keys the engine itself knows: a document's content, in one of three forms, which
/// <see cref="IOutputSink"/> writes to the document's destination. The edition's own keys live beside
/// the edition (<c>KzEdition.EditionKeys</c>), as Statiq keeps <c>WebKeys</c> beside its web modules.
/// </summary>
public static class Keys
{
    /// <summary>Text content, written as UTF-8 without BOM.</summary>
    public static readonly Key<string> Text = new(nameof(Text));

    /// <summary>Binary content (fonts, images), written as it is.</summary>
    public static readonly Key<ReadOnlyMemory<byte>> Bytes = new(nameof(Bytes));

    /// <summary>Text content in parts, written one after another (a document of megabytes never made one string).</summary>
    public static readonly Key<ContentParts> Parts = new(nameof(Parts));
}
