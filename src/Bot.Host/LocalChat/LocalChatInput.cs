namespace Bot.Host.LocalChat;

/// <summary>Where the local user's lines come from: the terminal, or a file piped to it.</summary>
public sealed class LocalChatInput(TextReader reader, bool isRedirected)
{
    public bool IsRedirected => isRedirected;

    public string? ReadLine() => reader.ReadLine();
}
