using System.Collections.Concurrent;
using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.ReplyMarkups;
using Microsoft.Extensions.Options;

namespace Bot.Host.Telegram;

/// <summary>
/// Sends outbox messages with Telegram.Bot, within Telegram's limits (about 30 messages/s overall and
/// one per second per chat), splitting texts over 4,096 characters at line breaks.
/// </summary>
public sealed class TelegramSender(ITelegramBotClient client, BotDatabase database, IOptions<TelegramOptions> options, TimeProvider clock) : IMessageSender
{
    private const int MaxText = 4096;
    private const int MaxCaption = 1024;
    private const int MaxAlbum = 10;
    private readonly RateGate _global = RecentlySent(new(options.Value.MessagesPerSecond, TimeSpan.FromSeconds(1), clock), database, clock);
    private readonly ConcurrentDictionary<string, RateGate> _perChat = new();

    // Parts of a split text already delivered, so a retry does not repeat them.
    private readonly ConcurrentDictionary<long, int> _partsSent = new();

    public Platform Platform => Platform.Telegram;

    public async Task<SendOutcome> SendAsync(OutgoingEnvelope envelope, CancellationToken cancellationToken)
    {
        var chatGate = _perChat.GetOrAdd(envelope.Chat.ChatId, _ => new RateGate(options.Value.MessagesPerChatPerSecond, TimeSpan.FromSeconds(1), clock));
        try
        {
            var messageId = await SendMessageAsync(envelope, chatGate, cancellationToken).ConfigureAwait(false);
            _partsSent.TryRemove(envelope.Id, out _);
            return SendOutcome.Sent(messageId.ToString(CultureInfo.InvariantCulture));
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            var wait = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
            chatGate.PauseFor(wait);
            return SendOutcome.Wait(wait);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403)
        {
            return SendOutcome.Blocked(ex.Message);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase))
        {
            return SendOutcome.Sent(envelope.Message.EditMessageId);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is >= 400 and < 500)
        {
            return SendOutcome.Failed($"{ex.ErrorCode} {ex.Message}");
        }
        catch (ApiRequestException ex)
        {
            return SendOutcome.Transient($"{ex.ErrorCode} {ex.Message}");
        }
        catch (RequestException ex)
        {
            return SendOutcome.Transient(ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return SendOutcome.Transient(ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Transient("timeout");
        }
    }

    private async Task<int> SendMessageAsync(OutgoingEnvelope envelope, RateGate chatGate, CancellationToken ct)
    {
        var message = envelope.Message;
        var chat = new ChatId(long.Parse(envelope.Chat.ChatId, CultureInfo.InvariantCulture));
        var markup = Markup(message);
        if (message.EditMessageId is { } edit)
        {
            using var turn = await TurnAsync(chatGate, envelope.Bulk, ct).ConfigureAwait(false);
            var edited = await client.EditMessageText(chat, int.Parse(edit, CultureInfo.InvariantCulture), message.Text ?? string.Empty,
                replyMarkup: markup, cancellationToken: ct).ConfigureAwait(false);
            return edited.MessageId;
        }

        var text = message.Text ?? string.Empty;
        var captionUsed = false;
        int lastId = 0;
        var asAlbum = message.Files.Count is >= 2 and <= MaxAlbum && message.Files.All(f => f.Kind == FileKind.Photo);
        if (asAlbum)
        {
            // Several photos go as one album; an album cannot carry buttons, so text with buttons follows it.
            var albumCaption = markup is null && text.Length <= MaxCaption && text.Length > 0 ? text : null;
            var media = message.Files.Select((f, i) => new InputMediaPhoto(InputFor(f)) { Caption = i == 0 ? albumCaption ?? f.Caption : f.Caption }).ToList();
            using (await TurnAsync(chatGate, envelope.Bulk, ct).ConfigureAwait(false))
            {
                var album = await client.SendMediaGroup(chat, media, cancellationToken: ct).ConfigureAwait(false);
                lastId = album[^1].MessageId;
            }

            if (albumCaption is not null || text.Length == 0)
            {
                return lastId;
            }
        }

        foreach (var file in asAlbum ? [] : message.Files)
        {
            var caption = !captionUsed && text.Length <= MaxCaption && file == message.Files[^1] ? text : file.Caption;
            captionUsed |= caption == text && text.Length > 0;
            using var turn = await TurnAsync(chatGate, envelope.Bulk, ct).ConfigureAwait(false);
            var input = InputFor(file);
            var withMarkup = captionUsed ? markup : null;
            var sent = file.Kind == FileKind.Photo
                ? await client.SendPhoto(chat, input, caption, replyMarkup: withMarkup, cancellationToken: ct).ConfigureAwait(false)
                : await client.SendDocument(chat, input, caption, replyMarkup: withMarkup, cancellationToken: ct).ConfigureAwait(false);
            lastId = sent.MessageId;
        }

        if (captionUsed || (text.Length == 0 && message.Files.Count > 0 && lastId != 0))
        {
            return lastId;
        }

        var parts = TextSplitter.Split(text.Length == 0 ? "…" : text, MaxText);
        for (var i = _partsSent.GetValueOrDefault(envelope.Id); i < parts.Count; i++)
        {
            using var turn = await TurnAsync(chatGate, envelope.Bulk, ct).ConfigureAwait(false);
            var sent = await client.SendMessage(chat, parts[i], replyMarkup: i == parts.Count - 1 ? markup : null, cancellationToken: ct).ConfigureAwait(false);
            lastId = sent.MessageId;
            _partsSent[envelope.Id] = i + 1;
        }

        return lastId;
    }

    // Both permits are held until the request completes, so Telegram never counts more than the limit in a second.
    private async Task<Turn> TurnAsync(RateGate chatGate, bool bulk, CancellationToken ct)
    {
        var chat = await chatGate.EnterAsync(bulk, ct).ConfigureAwait(false);
        try
        {
            return new Turn(chat, await _global.EnterAsync(bulk, ct).ConfigureAwait(false));
        }
        catch
        {
            chat.Dispose();
            throw;
        }
    }

    // Telegram still counts what the previous run sent in its last second; starting with an empty window after a
    // restart would overshoot. Only the newest thousand rows are read (walking the id index backwards, as LiteDB's Max does).
    private static RateGate RecentlySent(RateGate gate, BotDatabase database, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recent = database.Outbox.Query().OrderByDescending(r => r.Id).Limit(1000).ToList()
            .Where(r => r.Platform == Platform.Telegram && r.Status == Bot.Core.Outbox.OutboxStatus.Sent && r.DoneUtc is not null)
            .Select(r => now - r.DoneUtc!.Value);
        gate.Seed(recent);
        return gate;
    }

    private InputFile InputFor(OutboundFile file)
    {
        if (file.PlatformFileId is { } id)
        {
            return InputFile.FromFileId(id);
        }

        var stream = database.Files.OpenRead(file.StoredFileId ?? throw new InvalidOperationException("An outbound file needs a platform or stored file id."));
        return InputFile.FromStream(stream, file.FileName ?? stream.FileInfo.Filename);
    }

    private static InlineKeyboardMarkup? Markup(OutboundMessage message) =>
        message.Buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(message.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))));

    private readonly struct Turn(RateGateLease chat, RateGateLease global) : IDisposable
    {
        public void Dispose()
        {
            global.Dispose();
            chat.Dispose();
        }
    }
}
