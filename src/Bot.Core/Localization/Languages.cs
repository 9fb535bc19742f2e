namespace Bot.Core.Localization;

public static class Languages
{
    public const string Indonesian = "id";
    public const string English = "en";
    public const string Default = Indonesian;

    public static IReadOnlyList<string> All { get; } = [Indonesian, English];

    /// <summary>English only for senders whose app is set to English; everyone else gets Indonesian.</summary>
    public static string FromLanguageCode(string? code) =>
        code is not null && code.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Default;
}
