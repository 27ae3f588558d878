namespace KzEdition.Pdf.DevTools;

/// <summary>
/// Chromium refused a DevTools command, closed the connection, crashed, or could not be started.
/// The message is Chromium's own where it gave one (the protocol's error text, <c>net::ERR_…</c>).
/// </summary>
public sealed class DevToolsException(string message) : Exception(message);
