using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Fakes;

/// <summary>
/// A fault injected into <see cref="FakeBotApiServer"/> for the next call(s) of a method
/// (see <see cref="FakeBotApiServer.FailNext"/> and <see cref="FakeBotApiServer.InjectFault"/>).
/// </summary>
/// <param name="StatusCode">
/// HTTP status / Bot API error_code to answer with. 200 means "answer normally" (useful together with <see cref="Delay"/>).
/// </param>
/// <param name="RetryAfterSeconds">For 429: the retry_after value (defaults to 1).</param>
/// <param name="Description">
/// Error description. When null a Telegram-like default is used ("Too Many Requests: retry after N",
/// "Internal Server Error", "Forbidden: bot was blocked by the user", "Bad Request", ...). For 400/403 a description
/// without the "Bad Request: "/"Forbidden: " prefix gets it added, as the real Bot API always does.
/// </param>
public sealed record FakeFault(int StatusCode, int? RetryAfterSeconds = null, string? Description = null)
{
    /// <summary>Wait this long before answering (or aborting). Honours request cancellation.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Abort the TCP connection instead of answering (client sees a network error).</summary>
    public bool AbortConnection { get; init; }

    /// <summary>
    /// Send this body verbatim (as text/html) instead of the Bot API JSON envelope — e.g. the HTML page an nginx
    /// proxy returns for 502. Telegram.Bot then throws a plain RequestException instead of ApiRequestException.
    /// </summary>
    public string? RawBody { get; init; }

    /// <summary>A fault that drops the connection without any response.</summary>
    public static FakeFault Abort() => new(0) { AbortConnection = true };

    /// <summary>A fault that delays the answer and then handles the request normally.</summary>
    public static FakeFault Slow(TimeSpan delay) => new(200) { Delay = delay };

    /// <summary>An nginx-style "502 Bad Gateway" HTML page (not a Bot API JSON body).</summary>
    public static FakeFault BadGatewayHtml() => new(502)
    {
        RawBody = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n",
    };

    internal string ResolveDescription() => BotApiError.Describe(StatusCode, Description, RetryAfterSeconds);

    internal JsonObject? ResolveParameters() => StatusCode == 429
        ? new JsonObject { ["retry_after"] = RetryAfterSeconds ?? 1 }
        : null;

    /// <inheritdoc />
    public override string ToString() => AbortConnection
        ? "abort connection"
        : string.Create(CultureInfo.InvariantCulture, $"{StatusCode} {ResolveDescription()}{(Delay > TimeSpan.Zero ? $" after {Delay.TotalMilliseconds}ms" : string.Empty)}");
}
