using System.Diagnostics.CodeAnalysis;

namespace Bot.Host.Discord.Rest;

/// <summary>The outcome of a REST call with a body; <see cref="Value"/> is set when <see cref="IsSuccess"/>.</summary>
public sealed record DiscordResult<T>(DiscordRestStatus Status, T? Value, int HttpStatus, DiscordApiError? Error = null, TimeSpan? RetryAfter = null)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Status == DiscordRestStatus.Ok && Value is not null;

    public int? ErrorCode => Error?.Code;

    public DiscordResult WithoutValue() => new(Status, HttpStatus, Error, RetryAfter);

    public override string ToString() => WithoutValue().ToString();
}
