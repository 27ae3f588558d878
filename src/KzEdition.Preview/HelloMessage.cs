namespace KzEdition.Preview;

/// <summary>The <c>hello</c> event: which server (a restarted one reloads the page), which good build, and the errors if the last build failed.</summary>
public sealed record HelloMessage(string Server, int Generation, BrowserError[] Errors);
