using System.Globalization;
using Bot.Core.Messaging;
using global::Telegram.Bot.Types;

namespace Bot.Host.Telegram;

/// <summary>Telegram's update types stop here; the pipeline only ever sees <see cref="InboundUpdate"/>.</summary>
public static class TelegramUpdateMapper
{
    /// <returns>Null for updates the bot does not act on (edits, channel posts, …); they are still acknowledged.</returns>
    public static InboundUpdate? Map(Update update)
    {
        var id = update.Id.ToString(CultureInfo.InvariantCulture);
        if (update.CallbackQuery is { } callback)
        {
            var chatId = callback.Message?.Chat.Id ?? callback.From.Id;
            return new InboundUpdate
            {
                Platform = Platform.Telegram,
                UpdateId = id,
                ChatId = chatId.ToString(CultureInfo.InvariantCulture),
                SenderId = callback.From.Id.ToString(CultureInfo.InvariantCulture),
                SenderName = callback.From.FirstName,
                LanguageCode = callback.From.LanguageCode,
                Kind = InboundKind.Button,
                Button = new ButtonPress(callback.Data ?? string.Empty, callback.Id, callback.Message?.MessageId.ToString(CultureInfo.InvariantCulture)),
            };
        }

        if (update.Message is not { From: { } from } message)
        {
            return null;
        }

        var (kind, files, text) = Content(message);
        return new InboundUpdate
        {
            Platform = Platform.Telegram,
            UpdateId = id,
            ChatId = message.Chat.Id.ToString(CultureInfo.InvariantCulture),
            SenderId = from.Id.ToString(CultureInfo.InvariantCulture),
            SenderName = from.FirstName,
            LanguageCode = from.LanguageCode,
            Kind = kind,
            Text = text,
            Files = files,
            MediaGroupId = message.MediaGroupId,
        };
    }

    private static (InboundKind Kind, IReadOnlyList<InboundFile> Files, string? Text) Content(Message message)
    {
        if (message.Photo is { Length: > 0 } sizes)
        {
            // Telegram offers several sizes of one photo; the largest is the one curators need.
            var largest = sizes.MaxBy(s => (long)s.Width * s.Height)!;
            return (InboundKind.Photo, [new InboundFile
            {
                Kind = FileKind.Photo,
                FileId = largest.FileId,
                UniqueId = largest.FileUniqueId,
                Size = largest.FileSize,
                Width = largest.Width,
                Height = largest.Height,
            }], message.Caption);
        }

        if (message.Document is { } document)
        {
            return (InboundKind.Document, [new InboundFile
            {
                Kind = FileKind.Document,
                FileId = document.FileId,
                UniqueId = document.FileUniqueId,
                Size = document.FileSize,
                MimeType = document.MimeType,
                FileName = document.FileName,
            }], message.Caption);
        }

        if (message.Sticker is { } sticker)
        {
            return (InboundKind.Sticker, [new InboundFile { Kind = FileKind.Sticker, FileId = sticker.FileId, UniqueId = sticker.FileUniqueId }], null);
        }

        if (message.Voice is { } voice)
        {
            return (InboundKind.Voice, [new InboundFile { Kind = FileKind.Voice, FileId = voice.FileId, UniqueId = voice.FileUniqueId, Size = voice.FileSize }], null);
        }

        if (message.Contact is { } contact)
        {
            return (InboundKind.Contact, [], contact.PhoneNumber);
        }

        return message.Text is { } text ? (InboundKind.Text, [], text) : (InboundKind.Other, [], message.Caption);
    }
}
