namespace Bot.Host.Discord.Gateway;

/// <summary>IDENTIFY budget: going over it resets the bot token.</summary>
/// <param name="ResetAfter">Milliseconds until <paramref name="Remaining"/> is back at <paramref name="Total"/>.</param>
/// <param name="MaxConcurrency">IDENTIFYs allowed per 5 seconds.</param>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
