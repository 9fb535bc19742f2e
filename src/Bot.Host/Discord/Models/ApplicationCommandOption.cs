namespace Bot.Host.Discord.Models;

public sealed record ApplicationCommandOption(ApplicationCommandOptionType Type, string Name, string Description)
{
    public bool? Required { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>The description in other Discord locales, e.g. "en-US".</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    /// <summary>For sub-commands and groups.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}
