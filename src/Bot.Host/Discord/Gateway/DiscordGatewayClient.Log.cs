using Microsoft.Extensions.Logging;

namespace Bot.Host.Discord.Gateway;

// Never logs the token, the session id or payload bodies.
public sealed partial class DiscordGatewayClient
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Connecting to the Discord gateway at {Host} ({Mode})")]
    private partial void LogConnecting(string mode, string host);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sent IDENTIFY with intents {Intents}")]
    private partial void LogIdentifySent(int intents);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sent RESUME from sequence {Sequence}")]
    private partial void LogResumeSent(long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway ready as {BotName} ({BotUserId})")]
    private partial void LogReady(string? botName, string? botUserId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway session resumed after sequence {Sequence}")]
    private partial void LogResumed(long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway: {Reason}; reconnecting ({Mode}) in {Seconds:0.00} s")]
    private partial void LogReconnecting(string reason, string mode, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord asked the bot to reconnect (op 7)")]
    private partial void LogReconnectRequested();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord invalidated the gateway session (op 9, resumable: {Resumable})")]
    private partial void LogInvalidSession(bool resumable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No heartbeat ACK from Discord within {IntervalMs:0} ms; closing the connection to resume")]
    private partial void LogZombie(double intervalMs);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Heartbeat sent (sequence {Sequence}, requested by Discord: {Requested})")]
    private partial void LogHeartbeatSent(long sequence, bool requested);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Heartbeat ACK after {Milliseconds:0.0} ms")]
    private partial void LogHeartbeatAck(double milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped {Type} with sequence {Sequence}: already delivered")]
    private partial void LogDuplicateDispatch(string type, long sequence);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored gateway opcode {Opcode}")]
    private partial void LogUnknownOpcode(int opcode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord sent a gateway payload the bot cannot read; reconnecting")]
    private partial void LogUnreadableFrame(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Discord IDENTIFY budget is used up ({Total} per day); waiting {Minutes:0.0} min before connecting")]
    private partial void LogIdentifyBudgetUsedUp(int total, double minutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Only {Remaining} of {Total} Discord session starts are left for today; frequent restarts use them up, and going over resets the bot token")]
    private partial void LogIdentifyBudgetLow(int remaining, int total);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord closed the gateway with code {Code} ({Meaning}). The Discord connection has stopped and will not retry. {Advice}")]
    private partial void LogFatalClose(int code, string meaning, string advice);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord rejected the bot token (401). The Discord connection has stopped and will not retry. Copy the current token from the Developer Portal (Bot → Reset Token) into Discord__BotToken and restart the bot.")]
    private partial void LogTokenRejected();

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway stopped: {Reason}")]
    private partial void LogStopped(string reason);
}
