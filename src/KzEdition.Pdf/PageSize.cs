namespace KzEdition.Pdf;

/// <summary>A page size by its name in edition.yml (A4, B5), as Chromium's PDF options take it.</summary>
public sealed record PageSize(string Width, string Height)
{
    public static PageSize Of(string name) => name.ToUpperInvariant() switch
    {
        "B5" => new PageSize("176mm", "250mm"),
        _ => new PageSize("210mm", "297mm"),
    };
}
