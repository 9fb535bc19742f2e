using System.Net.WebSockets;

namespace Bot.Host.Discord.Gateway;

/// <summary>What each close code means for us (https://docs.discord.com/developers/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes).</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Our own close when we want to keep the session (zombie, op 7): anything but 1000/1001.</summary>
    public const int ResumableClose = 4000;

    public static ConnectionOutcome Classify(WebSocketCloseStatus? status, string? description)
    {
        if (status is null)
        {
            return new(ReconnectAction.Resume, "the connection closed without a close code");
        }

        var code = (int)status.Value;
        var reason = $"Discord closed the connection with {code} ({Meaning(code, description)})";
        var action = code switch
        {
            4004 or (>= 4010 and <= 4014) => ReconnectAction.Fatal,
            1000 or 4003 or 4005 or 4007 or 4008 or 4009 => ReconnectAction.NewSession,
            _ => ReconnectAction.Resume,
        };
        return new(action, reason, code);
    }

    public static string Meaning(int code, string? description = null) => code switch
    {
        1000 => "normal closure",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed",
        4005 => "already authenticated",
        4007 => "invalid sequence",
        4008 => "sending too fast",
        4009 => "session timed out",
        4010 => "invalid shard",
        4011 => "sharding required",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents",
        _ => string.IsNullOrWhiteSpace(description) ? "no description" : description,
    };

    /// <summary>What an admin should do about a fatal code.</summary>
    public static string Advice(int code) => code switch
    {
        4004 => "The bot token is wrong or was reset: copy the current token from the Discord Developer Portal (your application → Bot → Reset Token) into Discord__BotToken and restart the bot.",
        4010 or 4011 => "The bot is in more servers than one connection may serve (2,500); this bot supports a single shard.",
        4012 => "The gateway address or API version is wrong: check Discord:GatewayUrlOverride.",
        4013 => "The bot asked for intents Discord does not know; this is a bug in the bot, please report it.",
        4014 => "The bot asked for a privileged intent that is not switched on: enable it under Developer Portal → Bot → Privileged Gateway Intents, or remove the setting that needs it.",
        _ => "See the Discord documentation for this close code.",
    };
}
