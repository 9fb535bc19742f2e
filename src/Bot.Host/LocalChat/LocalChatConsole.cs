using System.Text;
using Bot.Core.Messaging;

namespace Bot.Host.LocalChat;

/// <summary>The terminal as a chat screen: prints the bot's messages and numbers their buttons.</summary>
public sealed class LocalChatConsole(TextWriter output)
{
    private readonly Lock _gate = new();
    private List<Button> _buttons = [];

    /// <param name="savedFiles">Where files from the bot's storage were written on disk; their paths are printed.</param>
    public void Show(OutboundMessage message, IReadOnlyDictionary<OutboundFile, string>? savedFiles = null)
    {
        var text = new StringBuilder();
        text.Append(message.EditMessageId is null ? "Bot: " : "Bot (diperbarui): ").AppendLine(message.Text ?? string.Empty);
        foreach (var file in message.Files)
        {
            text.Append("  [").Append(file.Kind == FileKind.Photo ? "foto" : "berkas").Append("] ")
                .AppendLine(savedFiles?.GetValueOrDefault(file) ?? file.FileName ?? file.PlatformFileId ?? file.StoredFileId);
        }

        var buttons = message.AllButtons.ToList();
        for (var i = 0; i < buttons.Count; i++)
        {
            text.Append("  [").Append(i + 1).Append("] ").AppendLine(buttons[i].Label);
        }

        lock (_gate)
        {
            if (buttons.Count > 0)
            {
                _buttons = buttons;
            }

            output.WriteLine(text.ToString());
            output.Flush();
        }
    }

    public void Note(string text)
    {
        lock (_gate)
        {
            output.WriteLine(text);
            output.Flush();
        }
    }

    public void Prompt()
    {
        lock (_gate)
        {
            output.Write("Anda> ");
            output.Flush();
        }
    }

    /// <summary>A typed number picks a button of the last message that had buttons.</summary>
    public bool TryPickButton(string input, out string data)
    {
        data = string.Empty;
        lock (_gate)
        {
            if (int.TryParse(input.Trim(), out var number) && number >= 1 && number <= _buttons.Count)
            {
                data = _buttons[number - 1].Data;
                return true;
            }
        }

        return false;
    }
}
