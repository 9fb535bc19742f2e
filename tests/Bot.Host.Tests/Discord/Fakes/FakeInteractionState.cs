using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>What the fake knows about a dispatched interaction; touched under the server's lock.</summary>
internal sealed class FakeInteractionState(string id, string token, int type, DateTimeOffset dispatchedAt)
{
    public string Id { get; } = id;

    public string Token { get; } = token;

    public int Type { get; } = type;

    public DateTimeOffset DispatchedAt { get; set; } = dispatchedAt;

    public bool Acknowledged { get; set; }

    public JsonObject? Original { get; set; }
}
