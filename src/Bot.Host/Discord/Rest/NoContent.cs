namespace Bot.Host.Discord.Rest;

/// <summary>The "value" of a call that answers 204.</summary>
internal sealed class NoContent
{
    public static NoContent Value { get; } = new();
}
