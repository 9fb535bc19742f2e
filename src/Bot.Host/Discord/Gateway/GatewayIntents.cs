namespace Bot.Host.Discord.Gateway;

/// <summary>The gateway intents the bot may ask for (https://docs.discord.com/developers/events/gateway#list-of-intents).</summary>
[Flags]
public enum GatewayIntents
{
    /// <summary>Interactions (slash commands, buttons, modals) belong to no intent and always arrive.</summary>
    None = 0,

    Guilds = 1 << 0,

    /// <summary>MESSAGE_CREATE in servers. Without MESSAGE_CONTENT the text is still there when the bot is mentioned.</summary>
    GuildMessages = 1 << 9,

    DirectMessages = 1 << 12,

    /// <summary>Privileged: must be switched on in the Developer Portal, or the gateway closes with 4014.</summary>
    MessageContent = 1 << 15,
}
