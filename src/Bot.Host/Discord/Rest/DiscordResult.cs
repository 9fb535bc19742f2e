namespace Bot.Host.Discord.Rest;

/// <summary>The outcome of a REST call that returns no body (e.g. an interaction callback, 204).</summary>
public sealed record DiscordResult(DiscordRestStatus Status, int HttpStatus, DiscordApiError? Error = null, TimeSpan? RetryAfter = null)
{
    public bool IsSuccess => Status == DiscordRestStatus.Ok;

    /// <summary>Discord's JSON error code, e.g. <see cref="DiscordErrorCodes.UnknownInteraction"/>.</summary>
    public int? ErrorCode => Error?.Code;

    public override string ToString() => IsSuccess ? $"{HttpStatus}" : $"{Status} {HttpStatus} {Error?.Code} {Error?.Message}".TrimEnd();
}
