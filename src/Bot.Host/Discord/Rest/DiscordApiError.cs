namespace Bot.Host.Discord.Rest;

/// <summary>Discord's JSON error <c>{code, message}</c>; <paramref name="Code"/> is 0 for network errors and bodies without one.</summary>
public sealed record DiscordApiError(int Code, string Message);
