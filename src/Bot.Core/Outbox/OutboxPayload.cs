using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Core.Messaging;

namespace Bot.Core.Outbox;

internal static class OutboxPayload
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(OutboundMessage message) => JsonSerializer.Serialize(message, Options);

    public static OutboundMessage Deserialize(string payload) =>
        JsonSerializer.Deserialize<OutboundMessage>(payload, Options) ?? new OutboundMessage();
}
