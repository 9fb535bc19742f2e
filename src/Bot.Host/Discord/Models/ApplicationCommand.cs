namespace Bot.Host.Discord.Models;

/// <summary>A slash command to register. <paramref name="Name"/>: 1–32 lowercase characters; <paramref name="Description"/>: 1–100.</summary>
public sealed record ApplicationCommand(string Name, string Description)
{
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    /// <summary>At most 25, required ones first.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>A permission bitset as a string; "0" means administrators only, null means everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>The description in other Discord locales, e.g. "en-US".</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
}
