using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Storage;

namespace Bot.Host.LocalChat;

/// <summary>Shows messages in the terminal; a stored file (a CSV or JSON export) is written under the data folder and its path shown.</summary>
public sealed class LocalChatSender(LocalChatConsole console, BotDatabase database) : IMessageSender
{
    public Platform Platform => Platform.Local;

    public Task<SendOutcome> SendAsync(OutgoingEnvelope envelope, CancellationToken cancellationToken)
    {
        var message = envelope.Message;
        if (message.Files.Any(f => f.StoredFileId is not null))
        {
            message = message with { Files = [.. message.Files.Select(f => f.StoredFileId is null ? f : f with { FileName = Save(f, envelope.Id) })] };
        }

        console.Show(message);
        return Task.FromResult(SendOutcome.Sent(envelope.Id.ToString(CultureInfo.InvariantCulture)));
    }

    private string Save(OutboundFile file, long messageId)
    {
        var folder = Path.Combine(Path.GetDirectoryName(database.FilePath)!, "exports");
        Directory.CreateDirectory(folder);
        var name = Path.GetFileName(file.FileName ?? file.StoredFileId!.Replace('/', '-'));
        var path = Path.Combine(folder, $"{messageId.ToString(CultureInfo.InvariantCulture)}-{name}");
        using var output = new FileStream(path, FileMode.Create, FileAccess.Write);
        database.Files.Download(file.StoredFileId!, output);
        return path;
    }
}
