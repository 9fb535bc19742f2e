namespace Bot.Host.Discord.Gateway;

/// <summary>
/// Timings of reconnects. The first reconnect after a working connection goes at once (up to
/// <see cref="InitialDelay"/> of jitter); each further failure waits twice as long, from <see cref="InitialDelay"/> up
/// to <see cref="MaxDelay"/>, ±25 %. Tests shorten these; production uses <see cref="Default"/>.
/// </summary>
public sealed record GatewayRetryPolicy
{
    public static GatewayRetryPolicy Default { get; } = new();

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>After INVALID_SESSION (d=false) a fresh IDENTIFY waits a random time in [min, max].</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Discord allows max_concurrency IDENTIFYs per this window (5 s).</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a closing handshake may take before the socket is dropped.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    internal TimeSpan ReconnectDelay(int failures)
    {
        if (failures <= 1)
        {
            return InitialDelay * Random.Shared.NextDouble();
        }

        var exponent = Math.Min(failures - 2, 16);
        var delay = Math.Min(MaxDelay.TotalMilliseconds, InitialDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(delay * (0.75 + (Random.Shared.NextDouble() * 0.5)));
    }

    internal TimeSpan InvalidSessionDelay() =>
        InvalidSessionMinDelay + ((InvalidSessionMaxDelay - InvalidSessionMinDelay) * Random.Shared.NextDouble());
}
