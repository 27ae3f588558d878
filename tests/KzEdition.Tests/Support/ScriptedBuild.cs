namespace KzEdition.Tests.Support;

/// <summary>One call of a <see cref="ScriptedBuilds"/> function: what it was given, held until the test ends it.</summary>
internal sealed class ScriptedBuild(IReadOnlyCollection<string>? changed)
{
    private readonly TaskCompletionSource _end = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The paths the build was given, sorted; null for "anything may have changed".</summary>
    public IReadOnlyList<string>? Changed { get; } = changed?.Order(StringComparer.Ordinal).ToArray();

    public Task Ended => _end.Task;

    public void Finish() => _end.TrySetResult();

    public void Fail(Exception exception) => _end.TrySetException(exception);
}
