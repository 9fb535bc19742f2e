using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bot.Core;
using Bot.Core.Storage;
using Bot.Host.Operations;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Cli;

/// <summary>
/// `backup &lt;file&gt;`: a consistent copy of the database. While the bot runs it holds the file, so the copy is
/// asked of the bot through its health port (its writer pauses between batches, checkpoints and copies); when the
/// bot is stopped this process opens the database itself and does the same.
/// </summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(string file, HostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        var databasePath = Path.GetFullPath(builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DatabasePath)}"] ?? new StorageOptions().DatabasePath);
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            return await FailAsync($"{target} already exists; choose a new file name.").ConfigureAwait(false);
        }

        if (DatabaseLock.IsHeld(databasePath))
        {
            var port = builder.Configuration.GetValue<int>($"{HealthOptions.Section}:{nameof(HealthOptions.Port)}");
            if (port <= 0)
            {
                return await FailAsync("The bot is running on this database and Health:Port is 0, so it cannot be asked for a backup. Set Health:Port (e.g. 8787) and restart the bot, or stop it first.").ConfigureAwait(false);
            }

            var asked = await AskRunningBotAsync(port, databasePath, target).ConfigureAwait(false);
            if (asked is not null)
            {
                return await FailAsync(asked).ConfigureAwait(false);
            }
        }
        else
        {
            if (!File.Exists(databasePath))
            {
                return await FailAsync($"There is no database at {databasePath}.").ConfigureAwait(false);
            }

            builder.Services.AddValidatedOptions<StorageOptions>(builder.Configuration, StorageOptions.Section);
            builder.Services.AddSingleton<BotDatabase>();
            using var host = builder.Build();
            DatabaseBackup.Write(host.Services.GetRequiredService<BotDatabase>(), target);
        }

        return await VerifyAsync(target).ConfigureAwait(false);
    }

    /// <returns>Null on success, else what went wrong.</returns>
    private static async Task<string?> AskRunningBotAsync(int port, string databasePath, string target)
    {
        var token = ControlToken.Read(databasePath);
        if (token is null)
        {
            return $"The bot is running but {ControlToken.PathFor(databasePath)} is missing; is its Health:Port the same as this command's ({port})?";
        }

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/backup?path={Uri.EscapeDataString(target)}");
        request.Headers.Add(ControlToken.Header, token);
        try
        {
            using var response = await http.SendAsync(request).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return null;
            }

            var body = await response.Content.ReadFromJsonAsync<JsonObject>().ConfigureAwait(false);
            return $"The bot refused the backup ({(int)response.StatusCode}): {body?["error"]}";
        }
        catch (HttpRequestException ex)
        {
            return $"The bot is running but does not answer on 127.0.0.1:{port} ({ex.Message}).";
        }
    }

    private static async Task<int> VerifyAsync(string target)
    {
        using (var copy = new LiteDatabase(new ConnectionString { Filename = target, ReadOnly = true }))
        {
            var collections = copy.GetCollectionNames().Count();
            await Console.Out.WriteLineAsync($"Backup written to {target} ({new FileInfo(target).Length} bytes, {collections} collections).").ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
        return 1;
    }
}
