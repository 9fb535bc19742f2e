namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>A MESSAGE_CREATE the fake dispatched.</summary>
public sealed record FakeMessage(string Id, string ChannelId, long Sequence);
