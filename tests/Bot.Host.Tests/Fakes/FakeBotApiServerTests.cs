using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Host.Tests.Fakes;

/// <summary>Drives <see cref="FakeBotApiServer"/> with the real Telegram.Bot client.</summary>
public sealed class FakeBotApiServerTests : IAsyncLifetime
{
    private const string Token = "123456789:AAFakeTokenForIntegrationTests_0123456";
    private const long ChatId = 5_550_001;
    private const long UserId = 5_550_001;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private FakeBotApiServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync(Token);
        _bot = CreateClient(Token);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    // RetryCount = 0 (or 1) disables the client's built-in "retry after 429" loop, so faults surface immediately.
    private TelegramBotClient CreateClient(string token, int retryCount = 0) =>
        new(new TelegramBotClientOptions(token, _server.BaseUrl) { RetryCount = retryCount }, _http);

    [Fact]
    public async Task Enqueued_updates_are_returned_in_order_and_a_later_offset_confirms_them_forever()
    {
        var first = _server.EnqueueText(ChatId, UserId, "/start promo");
        var second = _server.EnqueueText(ChatId, UserId, "halo kak");

        var updates = await _bot.GetUpdates(timeout: 0);

        Assert.Equal([first, second], updates.Select(u => (long)u.Id));
        var start = updates[0].Message!;
        Assert.Equal("/start promo", start.Text);
        Assert.Equal(ChatType.Private, start.Chat.Type);
        Assert.Equal(ChatId, start.Chat.Id);
        Assert.Equal("id", start.From!.LanguageCode);
        Assert.Equal("Sari", start.From.FirstName);
        var command = Assert.Single(start.Entities!);
        Assert.Equal(MessageEntityType.BotCommand, command.Type);
        Assert.Equal("/start".Length, command.Length);
        Assert.True(updates[1].Message!.MessageId > start.MessageId);

        // Not confirmed yet: asking again from the first id returns both again.
        Assert.Equal(2, (await _bot.GetUpdates(offset: (int)first, timeout: 0)).Length);

        Assert.Empty(await _bot.GetUpdates(offset: (int)second + 1, timeout: 0));
        Assert.Equal(second + 1, _server.ConfirmedOffset);
        Assert.Equal(0, _server.PendingUpdateCount);
        Assert.Empty(await _bot.GetUpdates(offset: (int)first, timeout: 0));
        Assert.Equal([first, second + 1, first], _server.Offsets);
    }

    [Fact]
    public async Task A_long_poll_wakes_up_as_soon_as_an_update_is_enqueued()
    {
        var stopwatch = Stopwatch.StartNew();
        var poll = _bot.GetUpdates(offset: 0, timeout: 30);
        await _server.WaitForLongPollAsync(Patience);
        await Task.Delay(100);
        Assert.False(poll.IsCompleted);

        var id = _server.EnqueueCallback(ChatId, UserId, "produk:12", messageId: 77);
        var updates = await poll.WaitAsync(Patience);

        Assert.True(stopwatch.Elapsed < Patience, $"long poll took {stopwatch.Elapsed}");
        var update = Assert.Single(updates);
        Assert.Equal(id, update.Id);
        var callback = update.CallbackQuery!;
        Assert.Equal("produk:12", callback.Data);
        Assert.Equal(77, callback.Message!.MessageId);
        Assert.Equal(ChatId, callback.Message.Chat.Id);
        Assert.False(string.IsNullOrEmpty(callback.ChatInstance));

        await _bot.AnswerCallbackQuery(callback.Id, "Oke");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.AnswerCallbackQuery(callback.Id));
        Assert.Equal(400, error.ErrorCode);
    }

    [Fact]
    public async Task A_cancelled_long_poll_is_released_and_recorded_as_client_closed()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _bot.GetUpdates(timeout: 30, cancellationToken: cts.Token));

        var deadline = Stopwatch.StartNew();
        while (_server.CallsTo("getUpdates").Count == 0 && deadline.Elapsed < Patience)
        {
            await Task.Delay(20);
        }

        Assert.Equal(499, Assert.Single(_server.CallsTo("getUpdates")).StatusCode);
    }

    [Fact]
    public async Task A_second_getUpdates_terminates_the_first_with_409_conflict()
    {
        var first = _bot.GetUpdates(timeout: 30);
        await _server.WaitForLongPollAsync(Patience);
        var second = _bot.GetUpdates(timeout: 1);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => first.WaitAsync(Patience));
        Assert.Equal(409, error.ErrorCode);
        Assert.StartsWith("Conflict: terminated by other getUpdates request", error.Message, StringComparison.Ordinal);
        _server.EnqueueText(ChatId, UserId, "halo");
        Assert.Single(await second.WaitAsync(Patience));
    }

    [Fact]
    public async Task SendMessage_with_an_inline_keyboard_is_recorded_with_its_reply_markup()
    {
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("Lihat katalog", "katalog:1")],
            [InlineKeyboardButton.WithUrl("Peta", "https://maps.example.com/kediri")],
        ]);

        var sent = await _bot.SendMessage(ChatId, "<b>Halo</b> &amp; selamat datang", ParseMode.Html, replyMarkup: keyboard);

        Assert.Equal("Halo & selamat datang", sent.Text);
        Assert.Equal(ChatId, sent.Chat.Id);
        Assert.True(sent.From!.IsBot);
        Assert.Equal("katalog:1", sent.ReplyMarkup!.InlineKeyboard.First().First().CallbackData);

        var call = Assert.Single(await _server.WaitForCallsAsync("sendMessage", 1, Patience));
        Assert.Equal(ChatId, call.ChatId);
        Assert.Equal("<b>Halo</b> &amp; selamat datang", call.Text);
        Assert.Equal("katalog:1", call.ReplyMarkup!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
        Assert.Equal("https://maps.example.com/kediri", call.ReplyMarkup["inline_keyboard"]![1]![0]!["url"]!.GetValue<string>());

        var next = await _bot.SendMessage(ChatId, "kedua");
        Assert.Equal(sent.MessageId + 1, next.MessageId);
    }

    [Fact]
    public async Task Editing_a_message_to_identical_content_fails_with_message_is_not_modified()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Beli", "beli"));
        var sent = await _bot.SendMessage(ChatId, "Stok: 3", replyMarkup: keyboard);

        var edited = await _bot.EditMessageText(ChatId, sent.MessageId, "Stok: 2", replyMarkup: keyboard);
        Assert.Equal("Stok: 2", edited.Text);
        Assert.NotNull(edited.EditDate);

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => _bot.EditMessageText(ChatId, sent.MessageId, "Stok: 2", replyMarkup: keyboard));
        Assert.Equal(400, error.ErrorCode);
        Assert.Contains("message is not modified", error.Message, StringComparison.Ordinal);

        // Editing the text without reply_markup removes the inline keyboard, as on Telegram.
        var withoutKeyboard = await _bot.EditMessageText(ChatId, sent.MessageId, "Habis");
        Assert.Null(withoutKeyboard.ReplyMarkup);
        Assert.Null(_server.GetMessage(ChatId, sent.MessageId)!["reply_markup"]);
    }

    [Fact]
    public async Task Malformed_html_is_rejected_with_telegrams_cant_parse_entities_error()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => _bot.SendMessage(ChatId, "Harga <10rb> murah", ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.StartsWith("Bad Request: can't parse entities: Unsupported start tag \"10rb\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(400, Assert.Single(_server.CallsTo("sendMessage")).StatusCode);
    }

    [Fact]
    public async Task An_injected_429_surfaces_as_ApiRequestException_with_RetryAfter()
    {
        _server.FailNext("sendMessage", 429, retryAfterSeconds: 7);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ChatId, "promo"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.Parameters?.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 7", error.Message);
        await _bot.SendMessage(ChatId, "promo");
        Assert.Equal([429, 200], _server.CallsTo("sendMessage").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task The_client_with_default_options_silently_retries_a_429_after_retry_after_seconds()
    {
        var defaultClient = new TelegramBotClient(new TelegramBotClientOptions(Token, _server.BaseUrl), _http);
        _server.FailNext("sendMessage", 429, retryAfterSeconds: 1);

        var stopwatch = Stopwatch.StartNew();
        await defaultClient.SendMessage(ChatId, "promo");

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {stopwatch.Elapsed}");
        Assert.Equal([429, 200], _server.CallsTo("sendMessage").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task Server_errors_blocked_chats_and_dropped_connections_surface_as_distinct_exceptions()
    {
        _server.FailNext("sendMessage", 500);
        var serverError = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ChatId, "a"));
        Assert.Equal(500, serverError.ErrorCode);
        Assert.Equal("Internal Server Error", serverError.Message);

        _server.BlockChat(ChatId);
        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ChatId, "b"));
        Assert.Equal(403, blocked.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", blocked.Message);
        _server.UnblockChat(ChatId);

        _server.AbortNext("sendMessage");
        var network = await Assert.ThrowsAsync<RequestException>(() => _bot.SendMessage(ChatId, "c"));
        Assert.IsNotType<ApiRequestException>(network);
        Assert.IsType<HttpRequestException>(network.InnerException);

        _server.InjectFault("sendMessage", FakeFault.BadGatewayHtml());
        var proxy = await Assert.ThrowsAsync<RequestException>(() => _bot.SendMessage(ChatId, "d"));
        Assert.IsNotType<ApiRequestException>(proxy);
        Assert.Equal(System.Net.HttpStatusCode.BadGateway, proxy.HttpStatusCode);

        await _bot.SendMessage(ChatId, "e");
        Assert.Equal([500, 403, 0, 502, 200], _server.CallsTo("sendMessage").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task A_wrong_token_is_rejected_with_401_Unauthorized()
    {
        var stranger = CreateClient("987654:AAWrongTokenWrongTokenWrongToken_000");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
        var me = await _bot.GetMe();
        Assert.Equal(123456789, me.Id);
        Assert.True(me.IsBot);

        _server.RejectAllTokens();
        Assert.Equal(401, (await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetMe())).ErrorCode);
        Assert.Equal([401, 200, 401], _server.CallsTo("getMe").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task GetFile_and_DownloadFile_round_trip_returns_the_same_bytes()
    {
        var bytes = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 31)).ToArray();
        _server.AddFile("AgACAgUAAxkBAAIBfake", bytes);

        var file = await _bot.GetFile("AgACAgUAAxkBAAIBfake");
        Assert.Equal("photos/file_0.jpg", file.FilePath);
        Assert.Equal(bytes.Length, file.FileSize);

        _server.FailNext("download", 500);
        var failed = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.DownloadFile(file, new MemoryStream()));
        Assert.Equal(500, failed.ErrorCode);

        using var destination = new MemoryStream();
        await _bot.DownloadFile(file, destination);
        Assert.Equal(bytes, destination.ToArray());

        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetFile("AgACunknown"));
        Assert.Equal("Bad Request: invalid file_id", unknown.Message);
        _server.AddFile("BQACbig", [1, 2, 3], "documents/file_9.pdf", reportedSize: 21 * 1024 * 1024);
        var tooBig = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetFile("BQACbig"));
        Assert.Equal("Bad Request: file is too big", tooBig.Message);
        Assert.Equal([500, 200], _server.CallsTo("download").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task SendDocument_with_a_stream_is_recorded_as_multipart_with_the_file_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.4 katalog UMKM Kediri");
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Pesan", "pesan"));

        var sent = await _bot.SendDocument(
            ChatId,
            InputFile.FromStream(new MemoryStream(bytes), "katalog.pdf"),
            caption: "Katalog <i>terbaru</i>",
            parseMode: ParseMode.Html,
            replyMarkup: keyboard);

        Assert.Equal("katalog.pdf", sent.Document!.FileName);
        Assert.Equal("application/pdf", sent.Document.MimeType);
        Assert.Equal(bytes.Length, sent.Document.FileSize);
        Assert.Equal("Katalog terbaru", sent.Caption);

        var call = Assert.Single(await _server.WaitForCallsAsync("sendDocument", 1, Patience));
        Assert.Equal(ChatId, call.ChatId);
        Assert.Equal("attach://0", call.GetString("document"));
        Assert.Equal("pesan", call.ReplyMarkup!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
        var part = Assert.Single(call.Files);
        Assert.Equal("0", part.Name);
        Assert.Equal("katalog.pdf", part.FileName);
        Assert.Equal(bytes, part.Content);
        Assert.Same(part, call.GetAttachedFile("document"));

        // The upload is now a known file: the bot can fetch it back.
        var file = await _bot.GetFile(sent.Document.FileId);
        using var downloaded = new MemoryStream();
        await _bot.DownloadFile(file, downloaded);
        Assert.Equal(bytes, downloaded.ToArray());
    }

    [Fact]
    public async Task SendMediaGroup_with_streams_returns_one_message_per_item_sharing_a_media_group_id()
    {
        var media = new IAlbumInputMedia[]
        {
            new InputMediaPhoto(InputFile.FromStream(new MemoryStream([1, 2, 3]), "a.jpg")) { Caption = "Keripik tempe" },
            new InputMediaPhoto(InputFile.FromStream(new MemoryStream([4, 5, 6]), "b.jpg")),
        };

        var messages = await _bot.SendMediaGroup(ChatId, media);

        Assert.Equal(2, messages.Length);
        Assert.NotNull(messages[0].MediaGroupId);
        Assert.Equal(messages[0].MediaGroupId, messages[1].MediaGroupId);
        Assert.Equal("Keripik tempe", messages[0].Caption);
        Assert.NotEmpty(messages[1].Photo!);
        var call = Assert.Single(_server.CallsTo("sendMediaGroup"));
        Assert.Equal(2, call.Files.Count);
        var second = call.ResolveAttachment(((JsonArray)call.Parameters["media"]!)[1]!["media"]!.GetValue<string>());
        Assert.Equal([4, 5, 6], second!.Content);
    }

    [Fact]
    public async Task Rate_limits_reject_sends_beyond_the_per_chat_window_with_retry_after_1()
    {
        _server.EnforceRateLimits(globalPerSecond: 30, perChatPerSecond: 1);

        await _bot.SendMessage(ChatId, "satu");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ChatId, "dua"));
        await _bot.SendMessage(ChatId + 1, "chat lain boleh");
        await _bot.SendChatAction(ChatId, ChatAction.Typing);

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters?.RetryAfter);
        Assert.Equal(1, _server.TooManyRequestsCount);
    }

    [Fact]
    public async Task WaitForCallsAsync_times_out_with_a_message_listing_the_recorded_calls()
    {
        await _bot.GetMe();

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => _server.WaitForCallsAsync("sendMessage", 1, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("'sendMessage'", error.Message, StringComparison.Ordinal);
        Assert.Contains("getMe -> 200", error.Message, StringComparison.Ordinal);
    }
}
