using System.ComponentModel.DataAnnotations;
using Bot.Host.Discord.Gateway;

namespace Bot.Host.Discord;

/// <summary>Settings of the "Discord" section. Without a bot token the bot runs without Discord.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string Section = "Discord";

    /// <summary>From the Developer Portal (Bot → Reset Token); set it in the environment (Discord__BotToken) or user secrets.</summary>
    public string? BotToken { get; set; }

    /// <summary>Developer Portal → General Information → Application ID.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The server (guild) the moderators work in; its slash commands are registered there.</summary>
    public string? GuildId { get; set; }

    /// <summary>
    /// Members ask export questions by mentioning the bot in this channel. When empty the bot asks Discord for no
    /// message events at all (interactions need no intent).
    /// </summary>
    public string? MentionChannelId { get; set; }

    /// <summary>Forwarded FAQ questions are posted here as cards with "Answer" buttons. Empty: no question cards.</summary>
    public string? QuestionsChannelId { get; set; }

    /// <summary>New curation submissions are posted here as cards. Empty: no curation cards.</summary>
    public string? CurationChannelId { get; set; }

    /// <summary>
    /// Members holding any of these roles may use the workspace (card buttons, modals, slash commands) and act with
    /// the bot's admin rights there; everyone else is refused privately.
    /// </summary>
    public List<string> ModeratorRoleIds { get; set; } = [];

    /// <summary>Discord's REST API; tests point it at a fake server on 127.0.0.1.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Connect here instead of the address GET /gateway/bot returns (a proxy, a test server). Usually empty.</summary>
    public string? GatewayUrlOverride { get; set; }

    /// <summary>The web address in the User-Agent Discord asks every bot to send ("DiscordBot (url, version)").</summary>
    public string UserAgentUrl { get; set; } = "https://www.kedirikota.go.id";

    [Range(5, 120, ErrorMessage = "Discord:RequestTimeoutSeconds must be between 5 and 120.")]
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>A rate-limited request waits and retries when Discord asks for at most this long; longer waits are handed back to the caller.</summary>
    [Range(0, 300, ErrorMessage = "Discord:MaxRateLimitWaitSeconds must be between 0 and 300.")]
    public int MaxRateLimitWaitSeconds { get; set; } = 30;

    /// <summary>Gateway events buffered for the consumer; when full, reading from Discord pauses.</summary>
    [Range(16, 100_000, ErrorMessage = "Discord:EventQueueCapacity must be between 16 and 100000.")]
    public int EventQueueCapacity { get; set; } = 1_000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>
    /// Exactly what the bot needs: GUILD_MESSAGES for mentions in <see cref="MentionChannelId"/> (a mention carries its
    /// text without the privileged MESSAGE_CONTENT intent), nothing when that channel is not set.
    /// </summary>
    public GatewayIntents Intents => string.IsNullOrWhiteSpace(MentionChannelId) ? GatewayIntents.None : GatewayIntents.GuildMessages;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            yield return Fail($"Discord:ApiBaseUrl must be a web address such as https://discord.com/api/v10 (it is '{ApiBaseUrl}').", nameof(ApiBaseUrl));
        }

        if (!IsConfigured)
        {
            yield break;
        }

        if (DiscordToken.HasBotPrefix(BotToken!))
        {
            yield return Fail("Discord:BotToken must be the token alone, without the word 'Bot ' in front.", nameof(BotToken));
        }
        else if (!DiscordToken.LooksValid(BotToken!))
        {
            yield return Fail(
                "Discord:BotToken looks wrong: expected the token from the Discord Developer Portal (your application → Bot → Reset Token), three parts joined by dots like MTA5Nz….GxYz12.AbCd… (about 70 letters, digits, '-' or '_').",
                nameof(BotToken));
        }

        if (!DiscordSnowflake.LooksValid(ApplicationId))
        {
            yield return Fail(
                $"Discord:ApplicationId must be the Application ID from the Developer Portal (your application → General Information), a number of 17 to 20 digits (it is '{ApplicationId}').",
                nameof(ApplicationId));
        }

        if (!DiscordSnowflake.LooksValid(GuildId))
        {
            yield return Fail(
                $"Discord:GuildId must be the moderators' server id, a number of 17 to 20 digits: in Discord turn on Developer Mode, right-click the server icon and choose Copy Server ID (it is '{GuildId}').",
                nameof(GuildId));
        }

        if (!string.IsNullOrWhiteSpace(MentionChannelId) && !DiscordSnowflake.LooksValid(MentionChannelId))
        {
            yield return Fail(
                $"Discord:MentionChannelId must be a channel id of 17 to 20 digits (right-click the channel, Copy Channel ID), or empty (it is '{MentionChannelId}').",
                nameof(MentionChannelId));
        }

        foreach (var (name, value) in new[] { (nameof(QuestionsChannelId), QuestionsChannelId), (nameof(CurationChannelId), CurationChannelId) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !DiscordSnowflake.LooksValid(value))
            {
                yield return Fail($"Discord:{name} must be a channel id of 17 to 20 digits (right-click the channel, Copy Channel ID), or empty (it is '{value}').", name);
            }
        }

        if (ModeratorRoleIds.Count == 0)
        {
            yield return Fail(
                "Discord:ModeratorRoleIds is empty, so nobody could use the moderators' workspace: list at least one role id (Server Settings → Roles, right-click the role, Copy Role ID), e.g. \"Discord__ModeratorRoleIds__0\".",
                nameof(ModeratorRoleIds));
        }

        foreach (var role in ModeratorRoleIds.Where(r => !DiscordSnowflake.LooksValid(r)))
        {
            yield return Fail($"Discord:ModeratorRoleIds must hold role ids of 17 to 20 digits (Server Settings → Roles, right-click the role, Copy Role ID); '{role}' is not one.", nameof(ModeratorRoleIds));
        }

        if (!string.IsNullOrWhiteSpace(GatewayUrlOverride)
            && (!Uri.TryCreate(GatewayUrlOverride, UriKind.Absolute, out var gateway) || (gateway.Scheme != Uri.UriSchemeWss && gateway.Scheme != Uri.UriSchemeWs)))
        {
            yield return Fail($"Discord:GatewayUrlOverride must be empty or a wss:// address such as wss://gateway.discord.gg (it is '{GatewayUrlOverride}').", nameof(GatewayUrlOverride));
        }

        if (!Uri.TryCreate(UserAgentUrl, UriKind.Absolute, out _))
        {
            yield return Fail($"Discord:UserAgentUrl must be a web address such as https://www.kedirikota.go.id (it is '{UserAgentUrl}').", nameof(UserAgentUrl));
        }
    }

    private static ValidationResult Fail(string message, string member) => new(message, [member]);
}
