using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KzEdition.Tests.Support;

/// <summary>
/// nginx serving a folder with the repository's server block (deploy/nginx.conf), on 127.0.0.1 at
/// a free port: a configuration of its own in a temporary prefix (daemon off, pid, logs and temp
/// files there), so nothing of the machine's nginx is read or touched.
/// </summary>
internal sealed class RunningNginx : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _prefix;

    private RunningNginx(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Port = port;
    }

    public int Port { get; }

    public Uri Root => new($"http://127.0.0.1:{Port}/");

    public static bool Exists => File.Exists(Executable);

    /// <summary>The repository's server block with its listen, root and (for a sub-path) error_page lines rewritten; fails if one is missing.</summary>
    public static string ServerBlock(int port, string root, string subPath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "nginx.conf"));
        string Replace(string text, string from, string to) =>
            text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new InvalidOperationException($"deploy/nginx.conf lacks the line '{from}'");
        text = Replace(text, "    listen 80;\n", $"    listen 127.0.0.1:{port};\n");
        text = Replace(text, "    listen [::]:80;\n", "");
        text = Replace(text, "    root /var/www/edition;\n", $"    root {root};\n");
        return Replace(text, "    error_page 404 /404.html;\n", $"    error_page 404 {subPath}404.html;\n");
    }

    /// <summary>A free port, as the system gives one (taken back at once: a race nginx's start then reports).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts nginx serving <paramref name="root"/>, the site at <paramref name="subPath"/> within it (<c>/</c> or <c>/edition/</c>); returns once it answers.</summary>
    public static async Task<RunningNginx> StartAsync(string prefix, int port, string root, string subPath)
    {
        Directory.CreateDirectory(prefix);
        var temp = Path.Combine(prefix, "temp");
        Directory.CreateDirectory(temp);
        var config = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(config, $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log {{prefix}}/access.log;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
            {{ServerBlock(port, root, subPath)}}
            }
            """);
        var start = new ProcessStartInfo(Executable) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", prefix, "-c", config, "-e", Path.Combine(prefix, "error.log") })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var nginx = new RunningNginx(process, prefix, port);
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped at start ({process.ExitCode}): {await process.StandardError.ReadToEndAsync()}{nginx.ErrorLog()}");
            }

            try
            {
                using var response = await client.GetAsync(nginx.Root);
                return nginx;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        await nginx.DisposeAsync();
        throw new InvalidOperationException("nginx did not answer within 10 s: " + nginx.ErrorLog());
    }

    public string ErrorLog()
    {
        var log = Path.Combine(_prefix, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
