using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Host.LocalChat;

/// <summary>
/// Reads the terminal as one user's chat. Each line waits for its replies before the next is read, so
/// a typed number always refers to the buttons just shown. At the end of piped input the bot stops.
/// </summary>
public sealed class LocalChatHost(
    Pipeline pipeline,
    OutboxDispatcher outbox,
    LocalChatConsole console,
    LocalChatInput input,
    IOptions<LocalChatOptions> options,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var chat = new ChatRef(Platform.Local, settings.ChatId);
        var session = DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        var sequence = 0;
        var interactive = !input.IsRedirected;
        if (interactive)
        {
            console.Note("Obrolan lokal dengan bot UMKM Kediri. Ketik pesan, angka untuk memilih tombol, /foto <berkas> untuk mengirim foto, Ctrl+C untuk keluar.");
            console.Note("Mulai dengan /start.");
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (interactive)
                {
                    console.Prompt();
                }

                // Console reads cannot be cancelled; waiting on them this way lets Ctrl+C stop the bot at once.
                var line = await Task.Run(input.ReadLine, stoppingToken).WaitAsync(stoppingToken).ConfigureAwait(false);
                if (line is null)
                {
                    break;
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var update = LocalUpdateFactory.Create(line, $"{session}-{++sequence}", settings, console);
                if (update is null)
                {
                    continue;
                }

                await pipeline.SubmitAsync(update, stoppingToken).ConfigureAwait(false);
                await outbox.WaitUntilIdleAsync(chat, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        lifetime.StopApplication();
    }
}
