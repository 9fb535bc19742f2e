using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>An accepted interaction callback; <see cref="Latency"/> runs from the dispatch to its arrival.</summary>
public sealed record RecordedCallback(string InteractionId, int Type, JsonNode? Data, DateTimeOffset At, TimeSpan Latency);
