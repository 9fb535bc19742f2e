namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>A bucket: <paramref name="Limit"/> requests per <paramref name="ResetAfter"/>, counted per bucket and major parameter.</summary>
internal sealed record FakeRouteLimit(int Limit, TimeSpan ResetAfter, string Bucket);
