using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Operations;

/// <summary>
/// Kestrel on 127.0.0.1:Health:Port. GET /healthz answers the health report (200 healthy, 503 not);
/// POST /backup?path=… (with the control token) writes a consistent copy of the database from the writer thread.
/// </summary>
public sealed partial class HealthServer(
    HealthReporter reporter,
    WriterMaintenance maintenance,
    BotDatabase database,
    IOptions<HealthOptions> options,
    ILogger<HealthServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;
    private string _token = string.Empty;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var port = options.Value.Port;
        _token = ControlToken.Create(database.FilePath);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet("/healthz", HealthzAsync);
        app.MapPost("/backup", BackupAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        LogListening(port);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Delete(ControlToken.PathFor(database.FilePath));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HealthzAsync(HttpContext http)
    {
        var (report, healthy) = await reporter.CheckAsync(http.RequestAborted).ConfigureAwait(false);
        await WriteJsonAsync(http, healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, report).ConfigureAwait(false);
    }

    private async Task BackupAsync(HttpContext http)
    {
        if (!ControlToken.Matches(_token, http.Request.Headers[ControlToken.Header]))
        {
            await WriteJsonAsync(http, StatusCodes.Status403Forbidden, new JsonObject { ["error"] = "missing or wrong control token" }).ConfigureAwait(false);
            return;
        }

        var path = http.Request.Query["path"].ToString();
        if (path.Length == 0 || !Path.IsPathFullyQualified(path))
        {
            await WriteJsonAsync(http, StatusCodes.Status400BadRequest, new JsonObject { ["error"] = "give the backup's full path as ?path=" }).ConfigureAwait(false);
            return;
        }

        long size = 0;
        try
        {
            await maintenance.RunAsync("backup", db => size = DatabaseBackup.Write(db, path)).WaitAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await WriteJsonAsync(http, StatusCodes.Status409Conflict, new JsonObject { ["error"] = ex.Message }).ConfigureAwait(false);
            return;
        }

        LogBackup(path, size);
        await WriteJsonAsync(http, StatusCodes.Status200OK, new JsonObject { ["path"] = path, ["bytes"] = size }).ConfigureAwait(false);
    }

    private static async Task WriteJsonAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), http.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Health endpoint on http://127.0.0.1:{Port}/healthz")]
    private partial void LogListening(int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup written to {Path} ({Bytes} bytes)")]
    private partial void LogBackup(string path, long bytes);
}
