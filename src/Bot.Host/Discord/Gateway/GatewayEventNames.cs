namespace Bot.Host.Discord.Gateway;

/// <summary>The dispatch names (<see cref="GatewayDispatch.Type"/>) the bot reads.</summary>
public static class GatewayEventNames
{
    public const string Ready = "READY";
    public const string Resumed = "RESUMED";
    public const string MessageCreate = "MESSAGE_CREATE";
    public const string InteractionCreate = "INTERACTION_CREATE";
}
