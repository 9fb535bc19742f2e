using System.Text.Json;

namespace Bot.Host.Discord.Models;

/// <summary>A slash command option as the member filled it in.</summary>
public sealed record InteractionOption(string Name, ApplicationCommandOptionType Type, JsonElement? Value = null, IReadOnlyList<InteractionOption>? Options = null)
{
    /// <summary>The value as text whatever its JSON kind (null when absent).</summary>
    public string? Text => Value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { } v => v.GetRawText(),
    };
}
