namespace KzEdition.Preview;

/// <summary>The <c>error</c> event: a build failed, with these errors.</summary>
public sealed record ErrorMessage(BrowserError[] Errors);
