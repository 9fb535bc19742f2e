using Bot.Core.Localization;
using Bot.Host.Discord.Models;

namespace Bot.Host.Discord.Workspace;

/// <summary>The workspace's slash commands by name (the last registration of a name wins) and their Discord definitions.</summary>
internal sealed class DiscordSlashCommands(IEnumerable<DiscordSlashCommand> commands, TextCatalog texts)
{
    private readonly Dictionary<string, DiscordSlashCommand> _byName = commands
        .GroupBy(c => c.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public DiscordSlashCommand? Find(string? name) => name is not null && _byName.TryGetValue(name, out var command) ? command : null;

    /// <summary>What the bulk overwrite sends: Indonesian descriptions with English ones for English Discord clients.</summary>
    public IReadOnlyList<ApplicationCommand> Definitions()
    {
        var id = texts.For(Languages.Indonesian);
        var en = texts.For(Languages.English);
        return [.. _byName.Values.Select(c => new ApplicationCommand(c.Name, Fit(id[c.DescriptionKey]))
        {
            DescriptionLocalizations = English(en[c.DescriptionKey]),
            Options = c.Options.Count == 0 ? null : [.. c.Options.Select(o => new ApplicationCommandOption(ApplicationCommandOptionType.String, o.Name, Fit(id[o.DescriptionKey]))
            {
                Required = o.Required,
                MaxLength = o.MaxLength,
                DescriptionLocalizations = English(en[o.DescriptionKey]),
            })],
        })];
    }

    private static Dictionary<string, string> English(string text) => new(StringComparer.Ordinal) { ["en-US"] = Fit(text), ["en-GB"] = Fit(text) };

    private static string Fit(string text) => text.Length <= 100 ? text : text[..99] + "…";
}
