using System.Text.Json;

namespace Bot.Host.Discord.Gateway;

/// <summary>
/// One gateway event (op 0). <paramref name="Data"/> is the raw "d", independent of any buffer; read it with
/// <see cref="Deserialize{T}"/> (e.g. <c>DiscordInteraction</c> for INTERACTION_CREATE, <c>DiscordMessage</c> for MESSAGE_CREATE).
/// </summary>
/// <param name="Sequence">Discord's "s"; within a session each one is delivered once, in order.</param>
/// <param name="ReceivedAt">When the frame was read from the socket (for measuring the interaction deadline).</param>
public sealed record GatewayDispatch(string Type, long? Sequence, JsonElement Data, DateTimeOffset ReceivedAt)
{
    public T? Deserialize<T>() => Data.Deserialize<T>(DiscordJson.Options);

    public override string ToString() => $"{Type} s={Sequence}";
}
