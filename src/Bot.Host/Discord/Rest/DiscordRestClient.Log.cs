using Microsoft.Extensions.Logging;

namespace Bot.Host.Discord.Rest;

// Routes are logged as templates ("/interactions/{interaction_id}/{interaction_token}/callback"): paths can hold
// interaction tokens, and the Authorization header is never logged.
public sealed partial class DiscordRestClient
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord {Route} -> {Status} in {Milliseconds:0} ms")]
    private partial void LogResponse(string route, int status, double milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord {Route}: bucket empty, waiting {Milliseconds:0} ms for its reset")]
    private partial void LogBucketWait(string route, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate limit on {Route} (scope {Scope}); waiting {Seconds:0.00} s before the next request")]
    private partial void LogRateLimited(string route, string scope, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord {Route} is still rate limited ({Seconds:0.0} s, attempt {Attempt}); handing it back to the caller")]
    private partial void LogRateLimitHandedBack(string route, double seconds, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord {Route} failed ({Reason}); the caller may retry")]
    private partial void LogTransient(string route, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord {Route} refused: HTTP {Status}, code {Code}: {Reason}")]
    private partial void LogRefused(string route, int status, int code, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord rejected the bot token (401) on {Route}. Check Discord__BotToken: it may be mistyped or reset; copy the current one from the Developer Portal (Bot → Reset Token).")]
    private partial void LogUnauthorized(string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord {Route} answered {Status} with a body the bot cannot read: {Reason}")]
    private partial void LogUnreadable(string route, int status, string reason);
}
