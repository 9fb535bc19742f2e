using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Host.Discord;

/// <summary>The one JSON shape Discord speaks: snake_case names, nulls left out, numbers for enums.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
