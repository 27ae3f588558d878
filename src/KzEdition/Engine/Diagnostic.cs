namespace KzEdition.Engine;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// A message about the input, with the place it concerns. Diagnostics are values: they are
/// collected and reported together rather than thrown one at a time.
/// </summary>
/// <param name="File">Path of the file concerned, as the user would type it; null when none.</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
public sealed record Diagnostic(Severity Severity, string Message, string? File = null, int Line = 0, int Column = 0)
{
    public static Diagnostic Error(string message, string? file = null, int line = 0, int column = 0) =>
        new(Severity.Error, message, file, line, column);

    public static Diagnostic Warning(string message, string? file = null, int line = 0, int column = 0) =>
        new(Severity.Warning, message, file, line, column);

    public static Diagnostic Info(string message, string? file = null, int line = 0, int column = 0) =>
        new(Severity.Info, message, file, line, column);

    /// <summary>The compiler-style form editors' tools understand: <c>file(line,col): error: message</c>.</summary>
    public override string ToString()
    {
        var where = File is null ? "" : Line > 0 ? (Column > 0 ? $"{File}({Line},{Column}): " : $"{File}({Line}): ") : $"{File}: ";
        return $"{where}{Severity.ToString().ToLowerInvariant()}: {Message}";
    }
}
