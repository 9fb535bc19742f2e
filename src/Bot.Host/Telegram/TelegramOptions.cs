using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Telegram;

public sealed class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    /// <summary>From @BotFather; set it in the environment (Telegram__BotToken) or user secrets, never in a file.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API server; tests point it at a fake one on 127.0.0.1.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    [Range(0, 50, ErrorMessage = "Telegram:PollTimeoutSeconds must be between 0 and 50.")]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>Above 30 only for a test server (tests and benchmarks scale time this way).</summary>
    [Range(1, 100_000, ErrorMessage = "Telegram:MessagesPerSecond must be between 1 and 30 (Telegram's own limit).")]
    public int MessagesPerSecond { get; set; } = 30;

    [Range(1, 10_000, ErrorMessage = "Telegram:MessagesPerChatPerSecond must be between 1 and 30.")]
    public int MessagesPerChatPerSecond { get; set; } = 1;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && !TelegramToken.LooksValid(BotToken!))
        {
            yield return new ValidationResult(
                "Telegram:BotToken looks wrong: expected the form 123456789:AAE… as given by @BotFather (digits, a colon, then about 35 letters, digits, '_' or '-').",
                [nameof(BotToken)]);
        }

        if (MessagesPerSecond > 30 && IsTelegramItself())
        {
            yield return new ValidationResult(
                $"Telegram:MessagesPerSecond must be between 1 and 30 (Telegram's own limit; it is {MessagesPerSecond}).", [nameof(MessagesPerSecond)]);
        }

        if (MessagesPerChatPerSecond > 30 && IsTelegramItself())
        {
            yield return new ValidationResult(
                $"Telegram:MessagesPerChatPerSecond must be between 1 and 30 (it is {MessagesPerChatPerSecond}).", [nameof(MessagesPerChatPerSecond)]);
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult(
                $"Telegram:ApiBaseUrl must be a web address such as https://api.telegram.org (it is '{ApiBaseUrl}').",
                [nameof(ApiBaseUrl)]);
        }
    }

    private bool IsTelegramItself() =>
        !Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Host.EndsWith("telegram.org", StringComparison.OrdinalIgnoreCase);
}
