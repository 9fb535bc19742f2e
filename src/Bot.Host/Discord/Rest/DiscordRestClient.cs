using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Bot.Host.Discord.Gateway;
using Bot.Host.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Discord.Rest;

/// <summary>
/// Discord's REST API, kept to what the bot uses. Every call waits for its rate-limit bucket and the global limit,
/// retries a 429 after <c>retry_after</c> (up to Discord:MaxRateLimitWaitSeconds), and returns the outcome as a
/// <see cref="DiscordResult"/>: expected refusals (403, 404, 40060…) are results, and so are 5xx, timeouts and network
/// errors (<see cref="DiscordRestStatus.Transient"/>): the client never retries those itself, because a POST may have
/// gone through and the caller (the outbox, an interaction handler) owns the retry policy. Thread-safe; one per bot.
/// </summary>
public sealed partial class DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, TimeProvider clock, ILogger<DiscordRestClient> logger)
{
    private readonly DiscordOptions _options = options.Value;
    private readonly string _baseUrl = options.Value.ApiBaseUrl.TrimEnd('/');
    private readonly string _userAgent = string.Create(
        CultureInfo.InvariantCulture,
        $"DiscordBot ({options.Value.UserAgentUrl}, {typeof(DiscordRestClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})");

    private readonly RestRateLimiter _limiter = new(clock);

    /// <summary>The gateway address and the IDENTIFY budget.</summary>
    public Task<DiscordResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync<GatewayBotInfo>(DiscordRoute.GatewayBot(), null, cancellationToken);

    public Task<DiscordResult<DiscordMessage>> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(DiscordRoute.CreateMessage(channelId), Json(message), cancellationToken);

    /// <summary>Sends the files as multipart <c>files[0..n]</c> with the message as <c>payload_json</c>.</summary>
    public Task<DiscordResult<DiscordMessage>> CreateMessageAsync(string channelId, MessagePayload message, IReadOnlyList<FileUpload> files, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(DiscordRoute.CreateMessage(channelId), Multipart(message, files), cancellationToken);

    public Task<DiscordResult<DiscordMessage>> EditMessageAsync(string channelId, string messageId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(DiscordRoute.EditMessage(channelId, messageId), Json(message), cancellationToken);

    /// <summary>Adds files to an edit; <see cref="MessagePayload.Attachments"/> must then also list the attachments to keep.</summary>
    public Task<DiscordResult<DiscordMessage>> EditMessageAsync(string channelId, string messageId, MessagePayload message, IReadOnlyList<FileUpload> files, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(DiscordRoute.EditMessage(channelId, messageId), Multipart(message, files), cancellationToken);

    /// <summary>The first answer to an interaction (within 3 s). Not held by the global limit.</summary>
    public async Task<DiscordResult> CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        (await SendAsync<NoContent>(DiscordRoute.InteractionCallback(interactionId, interactionToken), Json(response), cancellationToken).ConfigureAwait(false)).WithoutValue();

    public Task<DiscordResult> CreateInteractionResponseAsync(DiscordInteraction interaction, InteractionResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);
    }

    /// <summary>Edits the reply (or the "thinking…" of a deferred reply) within the token's 15 minutes.</summary>
    public Task<DiscordResult<DiscordMessage>> EditOriginalInteractionResponseAsync(string interactionToken, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(DiscordRoute.EditOriginal(ApplicationId, interactionToken), Json(message), cancellationToken);

    /// <summary>Another message after the first answer; <see cref="MessageFlags.Ephemeral"/> keeps it private.</summary>
    public Task<DiscordResult<DiscordMessage>> CreateFollowupMessageAsync(string interactionToken, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(DiscordRoute.Followup(ApplicationId, interactionToken), Json(message), cancellationToken);

    /// <summary>Replaces all slash commands of Discord:GuildId with <paramref name="commands"/>; they apply at once.</summary>
    public async Task<DiscordResult<IReadOnlyList<RegisteredCommand>>> BulkOverwriteGuildCommandsAsync(IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var guildId = _options.GuildId ?? throw new InvalidOperationException("Discord:GuildId is not set.");
        var result = await SendAsync<RegisteredCommand[]>(DiscordRoute.GuildCommands(ApplicationId, guildId), Json(commands), cancellationToken).ConfigureAwait(false);
        return new DiscordResult<IReadOnlyList<RegisteredCommand>>(result.Status, result.Value, result.HttpStatus, result.Error, result.RetryAfter);
    }

    private string ApplicationId => _options.ApplicationId ?? throw new InvalidOperationException("Discord:ApplicationId is not set.");

    private static Func<HttpContent> Json<T>(T body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, DiscordJson.Options);
        return () => new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
    }

    private static Func<HttpContent> Multipart(MessagePayload message, IReadOnlyList<FileUpload> files)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(files);
        var payload = message.Attachments is not null
            ? message
            : message with { Attachments = [.. files.Select((f, i) => new AttachmentReference(i.ToString(CultureInfo.InvariantCulture), f.FileName, f.Description))] };
        var json = JsonSerializer.SerializeToUtf8Bytes(payload, DiscordJson.Options);
        return () =>
        {
            var content = new MultipartFormDataContent();
            content.Add(new ByteArrayContent(json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, "payload_json");
            for (var i = 0; i < files.Count; i++)
            {
                var part = new ReadOnlyMemoryContent(files[i].Content);
                part.Headers.ContentType = MediaTypeHeaderValue.Parse(files[i].ContentType);
                content.Add(part, string.Create(CultureInfo.InvariantCulture, $"files[{i}]"), files[i].FileName);
            }

            return content;
        };
    }
}
