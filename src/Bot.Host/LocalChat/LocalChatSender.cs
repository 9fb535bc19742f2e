using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Storage;

namespace Bot.Host.LocalChat;

/// <summary>
/// Prints the bot's messages. A file from the bot's file storage (e.g. a CSV export) is written next to the
/// database, under files/, and its path printed, so it can be opened like a download.
/// </summary>
public sealed class LocalChatSender(LocalChatConsole console, BotDatabase database) : IMessageSender
{
    public Platform Platform => Platform.Local;

    public async Task<SendOutcome> SendAsync(OutgoingEnvelope envelope, CancellationToken cancellationToken)
    {
        var saved = new Dictionary<OutboundFile, string>();
        foreach (var file in envelope.Message.Files.Where(f => f.StoredFileId is not null))
        {
            saved[file] = await SaveAsync(file, cancellationToken).ConfigureAwait(false);
        }

        console.Show(envelope.Message, saved);
        return SendOutcome.Sent(envelope.Id.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<string> SaveAsync(OutboundFile file, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetDirectoryName(database.FilePath)!, "files");
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(file.FileName ?? file.StoredFileId!.Replace('/', '-'));
        var path = Path.Combine(folder, name);
        using var source = database.Files.OpenRead(file.StoredFileId!);
        var target = File.Create(path);
        await using (target.ConfigureAwait(false))
        {
            await source.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }

        return path;
    }
}
