namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>A snapshot of one gateway connection the fake accepted.</summary>
/// <param name="Number">1 for the first connection, counting up.</param>
/// <param name="Path">"/gw" (the /gateway/bot address) or "/resume" (the resume_gateway_url).</param>
/// <param name="ClientCloseCode">The close code the client sent, if it closed with a frame.</param>
/// <param name="ServerCloseCode">The close code the fake sent, if it closed first.</param>
public sealed record GatewayConnectionInfo(
    int Number,
    string Path,
    string Query,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    int? ClientCloseCode,
    int? ServerCloseCode,
    bool Aborted,
    int Replayed)
{
    public bool IsOpen => ClosedAt is null;
}
