using System.Text.Json;

namespace Bot.Core.Broadcast;

/// <summary>The message field's answer: text, and a photo by the admin's platform's file id. Kept in the form as JSON.</summary>
public sealed record BroadcastContent(string Text, string? PhotoFileId = null)
{
    public string Encode() => JsonSerializer.Serialize(this);

    public static BroadcastContent Decode(string value)
    {
        try
        {
            return JsonSerializer.Deserialize<BroadcastContent>(value) ?? new BroadcastContent(value);
        }
        catch (JsonException)
        {
            return new BroadcastContent(value);
        }
    }
}
