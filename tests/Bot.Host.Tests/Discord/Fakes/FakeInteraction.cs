namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>An interaction the fake dispatched; its callback must come within 3 s of <paramref name="DispatchedAt"/>.</summary>
public sealed record FakeInteraction(string Id, string Token, long Sequence, DateTimeOffset DispatchedAt)
{
    public override string ToString() => $"interaction {Id} (s={Sequence})";
}
