using System.CommandLine;
using System.Net;
using KzEdition.Building;
using KzEdition.Cli.Reporting;
using KzEdition.Preview;
using KzEdition.Templating;

namespace KzEdition.Cli.Commands;

/// <summary>
/// <c>kzedition serve</c>: the editors' preview. Builds, serves the output on this machine, rebuilds
/// on every change to the input or theme and reloads the open pages; Ctrl+C stops it (exit code 0).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CommonOptions.Input();
        var outputOption = CommonOptions.Output();
        outputOption.Description = "The output folder; the first build replaces it whole, and only when it succeeds; later builds update in place the files a change alters.";
        var theme = CommonOptions.Theme();
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on: 127.0.0.1 (this machine only, the default), localhost, or 0.0.0.0 to let anyone on the network read the edition.",
            DefaultValueFactory = _ => PreviewOptions.DefaultHost,
        };
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to listen on (0: any free port).",
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };

        var command = new Command("serve", "Preview the edition: build it, serve it at http://127.0.0.1:5080/, rebuild on every change to the input or theme, and reload the browser.")
        {
            input, outputOption, theme, host, port,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new PreviewOptions(parse.GetValue(input)!, parse.GetValue(outputOption)!, parse.GetValue(theme), parse.GetValue(host)!, parse.GetValue(port)),
            output,
            error,
            cancellationToken));
        return command;
    }

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled (Ctrl+C), then stops cleanly and returns 0.</summary>
    internal static async Task<int> RunAsync(PreviewOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var reporter = new ServeReporter(new BuildOptions(options.Input, options.Output, Theme: options.Theme), output, error);
        await using var server = new PreviewServer(options, reporter);
        try
        {
            await server.StartAsync(cancellationToken);
        }
        catch (PreviewException ex)
        {
            error.WriteLine(ex.Message);
            return BuildCommand.InputError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.WriteLine("Stopped before serving.");
            return 0;
        }

        WriteWhere(server, output);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the normal way to stop.
        }

        await server.StopAsync();
        output.WriteLine("Stopped.");
        return 0;
    }

    private static void WriteWhere(PreviewServer server, TextWriter output)
    {
        var url = server.Urls.Count > 0 ? server.Urls[0] : null;
        if (url is not null && server.IsOnTheNetwork)
        {
            output.WriteLine($"Serving the edition on every network interface at port {url.Port}: http://{Dns.GetHostName()}:{url.Port}/ (on this machine: http://127.0.0.1:{url.Port}/)");
            output.WriteLine("Anyone who can reach this machine can read the edition. The preview is not a web server for publishing.");
        }
        else
        {
            output.WriteLine($"Serving the edition at {url}");
        }

        output.WriteLine(server.Theme is { Source: ThemeSource.BuiltIn }
            ? $"Watching {server.Options.Input}/ for changes (the theme is the built-in one); Ctrl+C stops."
            : $"Watching {server.Options.Input}/ and {server.Theme?.Display}/ for changes; Ctrl+C stops.");
    }
}
