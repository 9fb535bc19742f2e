namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>Thrown inside the fake's REST handlers to answer with Discord's JSON error.</summary>
internal sealed class FakeDiscordError(int statusCode, int code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public int Code { get; } = code;

    public static FakeDiscordError InvalidForm(string detail) => new(400, 50035, "Invalid Form Body: " + detail);
}
