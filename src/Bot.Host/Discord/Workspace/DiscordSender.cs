using System.Collections.Concurrent;
using Bot.Core.Messaging;
using Bot.Host.Discord.Models;
using Bot.Host.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// Sends outbox messages to Discord. A reply to an interaction edits its deferred response (then follows up, privately);
/// a reply to a member's message is a Discord reply; edits patch the message; anything else is posted in the channel,
/// mentioning the member when the chat is a member's. Rate limits are the REST client's job.
/// </summary>
internal sealed partial class DiscordSender(
    DiscordRestClient rest,
    DiscordReplyTargets targets,
    DiscordAttachments attachments,
    TimeProvider clock,
    ILogger<DiscordSender> logger) : IMessageSender
{
    private const string ExpiredToken = "interaction token expired";
    private static readonly TimeSpan AcknowledgeWait = TimeSpan.FromSeconds(10);

    // Parts of a split text already delivered, so a retry does not repeat them.
    private readonly ConcurrentDictionary<long, int> _partsSent = new();

    public Platform Platform => Platform.Discord;

    public async Task<SendOutcome> SendAsync(OutgoingEnvelope envelope, CancellationToken cancellationToken)
    {
        var message = envelope.Message;
        var (channelId, userId) = DiscordChat.Parse(envelope.Chat.ChatId);
        var components = DiscordMessageRenderer.Components(message);
        if (message.EditMessageId is { } edit)
        {
            var payload = DiscordMessageRenderer.Payload(message.Text ?? "…", components, asCard: userId is null);
            return Outcome(await rest.EditMessageAsync(channelId, edit, payload, cancellationToken).ConfigureAwait(false));
        }

        var target = targets.Find(message.ReplyTo);
        if (target is { InteractionToken: not null } && message.Files.Count == 0 && target.TokenUsable(clock.GetUtcNow())
            && await AcknowledgedAsync(target, cancellationToken).ConfigureAwait(false))
        {
            var outcome = await SendToInteractionAsync(envelope, target, components, cancellationToken).ConfigureAwait(false);
            if (outcome.Error != ExpiredToken)
            {
                return outcome;
            }

            // The interaction is gone (token expired or revoked): say it in the channel instead of losing it.
            LogInteractionGone(envelope.Id);
        }

        return await PostAsync(envelope, channelId, userId, target?.ReplyToMessageId, components, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> AcknowledgedAsync(DiscordReplyTarget target, CancellationToken cancellationToken)
    {
        try
        {
            return await target.Acknowledged.WaitAsync(AcknowledgeWait, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task<SendOutcome> SendToInteractionAsync(OutgoingEnvelope envelope, DiscordReplyTarget target, IReadOnlyList<MessageComponent> components, CancellationToken ct)
    {
        var parts = TextSplitter.Split(envelope.Message.Text is { Length: > 0 } text ? text : "…", DiscordMessageRenderer.MaxContent);
        string? lastId = null;
        for (var i = _partsSent.GetValueOrDefault(envelope.Id); i < parts.Count; i++)
        {
            var payload = DiscordMessageRenderer.Payload(parts[i], i == parts.Count - 1 ? components : null, asCard: false);
            DiscordResult<DiscordMessage> result;
            if (target.EditsOriginal && !target.OriginalDone)
            {
                result = await rest.EditOriginalInteractionResponseAsync(target.InteractionToken!, payload, ct).ConfigureAwait(false);
                if (result.IsSuccess)
                {
                    target.MarkOriginalDone();
                }
            }
            else
            {
                payload = payload with { Flags = target.Ephemeral ? MessageFlags.Ephemeral : null };
                result = await rest.CreateFollowupMessageAsync(target.InteractionToken!, payload, ct).ConfigureAwait(false);
            }

            if (result.Status == DiscordRestStatus.NotFound)
            {
                return SendOutcome.Failed(ExpiredToken);
            }

            if (!result.IsSuccess)
            {
                return Outcome(result);
            }

            lastId = result.Value.Id;
            _partsSent[envelope.Id] = i + 1;
        }

        _partsSent.TryRemove(envelope.Id, out _);
        return SendOutcome.Sent(lastId);
    }

    private async Task<SendOutcome> PostAsync(OutgoingEnvelope envelope, string channelId, string? userId, string? replyTo, IReadOnlyList<MessageComponent> components, CancellationToken ct)
    {
        var message = envelope.Message;
        var asCard = userId is null;
        var mention = userId is not null && replyTo is null ? $"<@{userId}> " : string.Empty;
        var parts = TextSplitter.Split(message.Text is { Length: > 0 } text ? text : "…", (asCard ? DiscordMessageRenderer.MaxEmbedDescription : DiscordMessageRenderer.MaxContent) - mention.Length);
        var mentions = replyTo is not null
            ? new AllowedMentions { Parse = [], RepliedUser = true }
            : userId is not null ? new AllowedMentions { Parse = [], Users = [userId] } : AllowedMentions.None;
        string? lastId = null;
        for (var i = _partsSent.GetValueOrDefault(envelope.Id); i < parts.Count; i++)
        {
            var payload = DiscordMessageRenderer.Payload(mention + parts[i], i == parts.Count - 1 ? components : null, asCard) with
            {
                AllowedMentions = mentions,
                MessageReference = replyTo is null ? null : new MessageReference(replyTo, channelId, FailIfNotExists: false),
            };
            var files = i == 0 ? attachments.Load(message.Files) : [];
            if (asCard && files.FirstOrDefault(f => f.ContentType.StartsWith("image/", StringComparison.Ordinal)) is { } photo)
            {
                payload = payload with { Embeds = [payload.Embeds![0] with { Image = new EmbedMedia("attachment://" + photo.FileName) }] };
            }

            var result = files.Count > 0
                ? await rest.CreateMessageAsync(channelId, payload, files, ct).ConfigureAwait(false)
                : await rest.CreateMessageAsync(channelId, payload, ct).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                return Outcome(result);
            }

            lastId = result.Value.Id;
            _partsSent[envelope.Id] = i + 1;
        }

        _partsSent.TryRemove(envelope.Id, out _);
        return SendOutcome.Sent(lastId);
    }

    private SendOutcome Outcome(DiscordResult<DiscordMessage> result)
    {
        switch (result.Status)
        {
            case DiscordRestStatus.Ok:
                return SendOutcome.Sent(result.Value?.Id);
            case DiscordRestStatus.RateLimited:
                return SendOutcome.Wait(result.RetryAfter ?? TimeSpan.FromSeconds(1));
            case DiscordRestStatus.Transient:
                return SendOutcome.Transient(result.ToString());
            default:
                LogRefused(result.ToString());
                return SendOutcome.Failed(result.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox row {RowId}: the interaction it answers has expired; posting it in the channel instead")]
    private partial void LogInteractionGone(long rowId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused a message: {Result}")]
    private partial void LogRefused(string result);
}
