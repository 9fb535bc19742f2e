using Bot.Core.Messaging;

namespace Bot.Host.LocalChat;

/// <summary>Turns a typed line into the same update a platform would deliver.</summary>
internal static class LocalUpdateFactory
{
    public static InboundUpdate? Create(string line, string updateId, LocalChatOptions options, LocalChatConsole console)
    {
        var update = new InboundUpdate
        {
            Platform = Platform.Local,
            UpdateId = updateId,
            ChatId = options.ChatId,
            SenderId = options.UserId,
            LanguageCode = options.Language,
            Text = line,
        };

        if (console.TryPickButton(line, out var data))
        {
            return update with { Kind = InboundKind.Button, Text = null, Button = new ButtonPress(data) };
        }

        if (!line.StartsWith("/foto", StringComparison.OrdinalIgnoreCase) || (line.Length > 5 && line[5] != ' '))
        {
            return update;
        }

        var path = line[5..].Trim().Trim('"');
        if (path.Length == 0 || !File.Exists(path))
        {
            console.Note(path.Length == 0 ? "(tulis: /foto <nama berkas gambar>)" : $"(berkas tidak ditemukan: {path})");
            return null;
        }

        var full = Path.GetFullPath(path);
        return update with
        {
            Kind = InboundKind.Photo,
            Text = null,
            Files = [new InboundFile { Kind = FileKind.Photo, FileId = full, Size = new FileInfo(full).Length, FileName = Path.GetFileName(full) }],
        };
    }
}
