namespace Bot.Core.Messaging;

/// <summary>A slash command split from its arguments: "/daftar@UmkmBot 12" → ("daftar", "12").</summary>
public readonly record struct CommandText(string Name, string Arguments)
{
    public static bool TryParse(string? text, out CommandText command)
    {
        command = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsLetter(trimmed[1]))
        {
            return false;
        }

        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? trimmed[1..] : trimmed[1..space];
        var at = head.IndexOf('@');
        if (at >= 0)
        {
            head = head[..at];
        }

        command = new CommandText(head.ToLowerInvariant(), space < 0 ? string.Empty : trimmed[(space + 1)..].Trim());
        return true;
    }
}
