using System.Globalization;
using Bot.Core.Messaging;

namespace Bot.Core.Tests.Support;

/// <summary>The updates a Local chat user sends, each with a fresh update id.</summary>
public sealed partial class TestBot
{
    private long _nextUpdateId;

    public InboundUpdate TextUpdate(string chat, string text, string? updateId = null, string? languageCode = "id") =>
        NewUpdate(chat, updateId, languageCode) with { Kind = InboundKind.Text, Text = text };

    public InboundUpdate ButtonUpdate(string chat, string data) =>
        NewUpdate(chat) with { Kind = InboundKind.Button, Button = new ButtonPress(data, CallbackId: "cb" + _nextUpdateId) };

    public InboundUpdate PhotoUpdate(string chat, string fileId, string? mediaGroupId = null) =>
        NewUpdate(chat) with
        {
            Kind = InboundKind.Photo,
            Files = [new InboundFile { Kind = FileKind.Photo, FileId = fileId, UniqueId = "u-" + fileId, Width = 1280, Height = 960 }],
            MediaGroupId = mediaGroupId,
        };

    public InboundUpdate StickerUpdate(string chat) =>
        NewUpdate(chat) with { Kind = InboundKind.Sticker, Files = [new InboundFile { Kind = FileKind.Sticker, FileId = "sticker-1" }] };

    public Task<IReadOnlyList<OutboundMessage>> SendTextAsync(string chat, string text) => SubmitAsync(TextUpdate(chat, text));

    public Task<IReadOnlyList<OutboundMessage>> PressAsync(string chat, string buttonData) => SubmitAsync(ButtonUpdate(chat, buttonData));

    public Task<IReadOnlyList<OutboundMessage>> PressAsync(string chat, Button button) => PressAsync(chat, button.Data);

    public Task<IReadOnlyList<OutboundMessage>> SendPhotoAsync(string chat, string fileId, string? mediaGroupId = null) =>
        SubmitAsync(PhotoUpdate(chat, fileId, mediaGroupId));

    public Task<IReadOnlyList<OutboundMessage>> SendStickerAsync(string chat) => SubmitAsync(StickerUpdate(chat));

    private InboundUpdate NewUpdate(string chat, string? updateId = null, string? languageCode = "id") => new()
    {
        Platform = Platform.Local,
        UpdateId = updateId ?? Interlocked.Increment(ref _nextUpdateId).ToString(CultureInfo.InvariantCulture),
        ChatId = chat,
        SenderId = chat,
        SenderName = "Siti",
        LanguageCode = languageCode,
    };
}
