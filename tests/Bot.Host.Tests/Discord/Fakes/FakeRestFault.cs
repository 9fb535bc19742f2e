namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>A failure injected for the next request(s) of one route.</summary>
internal sealed record FakeRestFault(int StatusCode, int ErrorCode, string Message, TimeSpan RetryAfter = default, bool Global = false, bool Abort = false);
