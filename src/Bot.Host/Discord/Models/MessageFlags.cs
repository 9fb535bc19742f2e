namespace Bot.Host.Discord.Models;

[Flags]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,

    /// <summary>Only the member who used the interaction sees the message.</summary>
    Ephemeral = 1 << 6,
}
