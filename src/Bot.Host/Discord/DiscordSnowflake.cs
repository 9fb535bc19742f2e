namespace Bot.Host.Discord;

internal static class DiscordSnowflake
{
    /// <summary>Discord ids are 64-bit numbers written as 17–20 digits.</summary>
    public static bool LooksValid(string? id) =>
        id is { Length: >= 17 and <= 20 } && id.All(char.IsAsciiDigit) && ulong.TryParse(id, out _);
}
