namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>A Discord session: its sequence counter and every event sent in it, for replay on RESUME.</summary>
internal sealed class FakeGatewaySession(string id)
{
    public string Id { get; } = id;

    /// <summary>Held while an event is numbered and sent, and while a RESUME replays; keeps the order exact.</summary>
    public SemaphoreSlim Lock { get; } = new(1, 1);

    public long Sequence { get; set; }

    public List<(long Sequence, string Frame)> Buffer { get; } = [];

    public FakeGatewayConnection? Connection { get; set; }

    public bool Invalidated { get; set; }
}
