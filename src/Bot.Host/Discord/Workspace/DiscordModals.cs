namespace Bot.Host.Discord.Workspace;

/// <summary>The registered <see cref="IDiscordModal"/>s, found by the longest matching custom_id prefix.</summary>
internal sealed class DiscordModals(IEnumerable<IDiscordModal> modals)
{
    private readonly IDiscordModal[] _byLength = [.. modals.OrderByDescending(m => m.Prefix.Length)];

    public IDiscordModal? Find(string? customId) =>
        customId is null ? null : _byLength.FirstOrDefault(m => customId.StartsWith(m.Prefix, StringComparison.Ordinal));
}
