using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>A payload the client sent on gateway connection number <paramref name="Connection"/>.</summary>
/// <param name="AfterRequest">For heartbeats: sent while a server op 1 was waiting for its answer.</param>
public sealed record RecordedGatewayPayload(int Connection, int Op, JsonNode? Data, DateTimeOffset At, bool AfterRequest = false)
{
    public string? GetString(string property) => Data?[property]?.GetValue<string>();

    public override string ToString() => $"#{Connection} op {Op} at {At:HH:mm:ss.fff}";
}
