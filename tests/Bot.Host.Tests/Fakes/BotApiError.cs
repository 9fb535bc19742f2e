using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Host.Tests.Fakes;

/// <summary>Thrown inside <see cref="FakeBotApiServer"/> handlers to answer with a Bot API error.</summary>
internal sealed class BotApiError : Exception
{
    public BotApiError(int errorCode, string? description = null, JsonObject? parameters = null)
        : base(Describe(errorCode, description, parameters?["retry_after"]?.GetValue<int>()))
    {
        ErrorCode = errorCode;
        Parameters = parameters;
    }

    public int ErrorCode { get; }

    public JsonObject? Parameters { get; }

    public static BotApiError BadRequest(string description) => new(400, description);

    public static BotApiError TooManyRequests(int retryAfter) =>
        new(429, null, new JsonObject { ["retry_after"] = retryAfter });

    public static BotApiError Blocked() => new(403, "Forbidden: bot was blocked by the user");

    /// <summary>Telegram-like description for an error code, honouring an explicit description.</summary>
    public static string Describe(int errorCode, string? description, int? retryAfter)
    {
        if (!string.IsNullOrEmpty(description))
        {
            return errorCode switch
            {
                400 when !description.StartsWith("Bad Request", StringComparison.Ordinal) => "Bad Request: " + description,
                403 when !description.StartsWith("Forbidden", StringComparison.Ordinal) => "Forbidden: " + description,
                _ => description,
            };
        }

        return errorCode switch
        {
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden: bot was blocked by the user",
            404 => "Not Found",
            409 => "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
            429 => string.Create(CultureInfo.InvariantCulture, $"Too Many Requests: retry after {retryAfter ?? 1}"),
            500 => "Internal Server Error",
            _ => ReasonPhrases.GetReasonPhrase(errorCode) is { Length: > 0 } phrase ? phrase : "Error",
        };
    }
}
