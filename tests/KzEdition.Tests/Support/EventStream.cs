using System.Net.ServerSentEvents;
using System.Text.Json;

namespace KzEdition.Tests.Support;

/// <summary>The preview's Server-Sent Events as a page receives them: read one event at a time, each wait bounded.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly IAsyncEnumerator<SseItem<string>> _events;

    private EventStream(HttpResponseMessage response, IAsyncEnumerator<SseItem<string>> events)
    {
        _response = response;
        _events = events;
    }

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<EventStream> OpenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var response = await http.GetAsync("/_kzedition/events", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return new EventStream(response, SseParser.Create(stream).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken));
    }

    /// <summary>The next event (keep-alive comments are no events); fails the test when none comes in time or the stream ends.</summary>
    public async Task<(string Type, JsonElement Data)> NextAsync(TimeSpan timeout)
    {
        if (!await _events.MoveNextAsync().AsTask().WaitAsync(timeout))
        {
            Assert.Fail("The event stream ended.");
        }

        return (_events.Current.EventType, JsonDocument.Parse(_events.Current.Data).RootElement.Clone());
    }

    /// <summary>Whether the stream ends (the server closed it) within the time given.</summary>
    public async Task<bool> EndsWithinAsync(TimeSpan timeout)
    {
        try
        {
            return !await _events.MoveNextAsync().AsTask().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _response.Dispose();
        try
        {
            await _events.DisposeAsync();
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException or NotSupportedException or InvalidOperationException)
        {
            // A read still pending on the disposed response: nothing left to read.
        }
    }
}
