namespace Bot.Host.Discord.Models;

/// <summary>A row of up to 5 buttons (type 1).</summary>
public sealed record ActionRow(IReadOnlyList<MessageComponent> Components) : MessageComponent
{
    public static ActionRow Of(params MessageComponent[] components) => new(components);
}
