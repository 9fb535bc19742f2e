using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Fakes;

/// <summary>
/// An in-process fake of the Telegram Bot API (https://core.telegram.org/bots/api) served by Kestrel on
/// 127.0.0.1 with a dynamic port, for driving the real Telegram.Bot client in integration tests:
/// <code>
/// await using var server = await FakeBotApiServer.StartAsync(token);
/// var bot = new TelegramBotClient(new TelegramBotClientOptions(token, server.BaseUrl) { RetryCount = 0 }, httpClient);
/// </code>
/// Requests go to <c>{BaseUrl}/bot{token}/{method}</c> (JSON, form-urlencoded, multipart or query string) and file
/// downloads to <c>{BaseUrl}/file/bot{token}/{file_path}</c>. Every request is recorded (see <see cref="Calls"/>).
/// All members are thread-safe.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions ResponseJsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<RecordedCall> _calls = [];
    private readonly Dictionary<string, Queue<FakeFault>> _faults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<JsonObject, JsonNode>> _customHandlers = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<long> _blockedChats = [];
    private readonly Queue<long> _globalSendWindow = new();
    private readonly Dictionary<long, Queue<long>> _chatSendWindows = [];
    private TaskCompletionSource _callRecorded = NewSignal();
    private WebApplication? _app;
    private bool _rejectAllTokens;
    private (int Global, int PerChat)? _rateLimits;
    private int _tooManyRequestsCount;
    private int _disposed;

    private FakeBotApiServer(string token)
    {
        Token = token;
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        BotId = colon > 0 && long.TryParse(token.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : 123456789;
    }

    /// <summary>The only token accepted in request paths.</summary>
    public string Token { get; }

    /// <summary>Root URL of the server, e.g. "http://127.0.0.1:54321" (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The bot's user id (the numeric part of the token), as returned by getMe.</summary>
    public long BotId { get; }

    /// <summary>The bot's username returned by getMe and used in message "from" fields.</summary>
    public string BotUsername { get; init; } = "umkm_kediri_test_bot";

    /// <summary>The bot's first name returned by getMe.</summary>
    public string BotFirstName { get; init; } = "UMKM Kediri (test)";

    /// <summary>Snapshot of every request received so far, in completion order.</summary>
    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>
    /// Number of 429 responses produced by <see cref="EnforceRateLimits"/> (injected 429 faults are not counted).
    /// </summary>
    public int TooManyRequestsCount
    {
        get
        {
            lock (_gate)
            {
                return _tooManyRequestsCount;
            }
        }
    }

    /// <summary>Starts a server on http://127.0.0.1 with a free port, accepting only <paramref name="token"/>.</summary>
    public static async Task<FakeBotApiServer> StartAsync(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var server = new FakeBotApiServer(token);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });

        // Ignore appsettings.json / ASPNETCORE_* settings of the test host: they must not move our endpoint.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = 100L * 1024 * 1024;
        });
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));

        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its listening address.");
        var address = new Uri(addresses.Addresses.First());
        server.BaseUrl = $"http://127.0.0.1:{address.Port}";
        server._app = app;
        return server;
    }

    /// <summary>Calls recorded for one method (case-insensitive), successful or not.</summary>
    public IReadOnlyList<RecordedCall> CallsTo(string method)
    {
        lock (_gate)
        {
            return [.. _calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase))];
        }
    }

    /// <summary>Forgets all recorded calls (and recorded getUpdates offsets).</summary>
    public void ClearCalls()
    {
        lock (_gate)
        {
            _calls.Clear();
            _offsets.Clear();
        }
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> <em>successful</em> calls of <paramref name="method"/> matching
    /// <paramref name="predicate"/> have been recorded, and returns all such calls (which may be more than
    /// <paramref name="count"/> if several arrive together). Throws <see cref="TimeoutException"/> listing everything
    /// that was recorded otherwise.
    /// </summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForCallsAsync(
        string method,
        int count,
        TimeSpan timeout,
        Func<RecordedCall, bool>? predicate = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            RecordedCall[] snapshot;
            Task recorded;
            lock (_gate)
            {
                snapshot = [.. _calls];
                recorded = _callRecorded.Task;
            }

            var matching = snapshot
                .Where(c => c.Succeeded && string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase))
                .Where(c => predicate?.Invoke(c) ?? true)
                .ToArray();
            if (matching.Length >= count)
            {
                return matching;
            }

            var remaining = timeout - stopwatch.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(DescribeTimeout(method, count, timeout, matching.Length, predicate is not null, snapshot));
            }

            try
            {
                await recorded.WaitAsync(remaining).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Loop once more to evaluate the final state and build the message.
            }
        }
    }

    /// <summary>
    /// The next <paramref name="times"/> calls of <paramref name="method"/> ("download" for file downloads) fail with
    /// <paramref name="statusCode"/>: 429 → "Too Many Requests: retry after N" + parameters.retry_after;
    /// 500 → "Internal Server Error"; 403 → "Forbidden: bot was blocked by the user"; 400 → "Bad Request: {description}".
    /// </summary>
    public void FailNext(string method, int statusCode, int times = 1, int? retryAfterSeconds = null, string? description = null) =>
        InjectFault(method, new FakeFault(statusCode, retryAfterSeconds, description), times);

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> get <paramref name="fault"/>.</summary>
    public void InjectFault(string method, FakeFault fault, int times = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                _faults[method] = queue = new Queue<FakeFault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> have their connection dropped.</summary>
    public void AbortNext(string method, int times = 1) => InjectFault(method, FakeFault.Abort(), times);

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> are answered normally after <paramref name="delay"/>.</summary>
    public void DelayNext(string method, TimeSpan delay, int times = 1) => InjectFault(method, FakeFault.Slow(delay), times);

    /// <summary>Removes all pending injected faults.</summary>
    public void ClearFaults()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>Every request (including file downloads) gets 401 Unauthorized from now on, as for a revoked token.</summary>
    public void RejectAllTokens(bool reject = true)
    {
        lock (_gate)
        {
            _rejectAllTokens = reject;
        }
    }

    /// <summary>Every method targeting <paramref name="chatId"/> answers 403 "Forbidden: bot was blocked by the user".</summary>
    public void BlockChat(long chatId)
    {
        lock (_gate)
        {
            _blockedChats.Add(chatId);
        }
    }

    /// <summary>Undoes <see cref="BlockChat"/>.</summary>
    public void UnblockChat(long chatId)
    {
        lock (_gate)
        {
            _blockedChats.Remove(chatId);
        }
    }

    /// <summary>
    /// Sends (send* except sendChatAction, copyMessage(s), forwardMessage(s)) beyond <paramref name="globalPerSecond"/>
    /// in any sliding 1-second window, or beyond <paramref name="perChatPerSecond"/> for one chat, get
    /// 429 "Too Many Requests: retry after 1" and are counted in <see cref="TooManyRequestsCount"/>.
    /// Rejected sends do not consume the window. A media group counts as one send.
    /// </summary>
    public void EnforceRateLimits(int globalPerSecond, int perChatPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(globalPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perChatPerSecond);
        lock (_gate)
        {
            _rateLimits = (globalPerSecond, perChatPerSecond);
            _globalSendWindow.Clear();
            _chatSendWindows.Clear();
        }
    }

    /// <summary>Turns off <see cref="EnforceRateLimits"/>.</summary>
    public void DisableRateLimits()
    {
        lock (_gate)
        {
            _rateLimits = null;
        }
    }

    /// <summary>
    /// Serves <paramref name="method"/> (case-insensitive) with a custom handler receiving the normalized parameters
    /// and returning the "result". Overrides the built-in behaviour; faults, blocked chats and rate limits still apply.
    /// Throwing from the handler answers 500.
    /// </summary>
    public void Handle(string method, Func<JsonObject, JsonNode> handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            _customHandlers[method] = handler;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Release pending long polls first so that Kestrel's graceful shutdown does not wait for them.
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Forced shutdown is fine for a test server.
            }

            await _app.DisposeAsync().ConfigureAwait(false);
        }

        // _stopping is not disposed: late callbacks of in-flight requests may still observe it.
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static string DescribeTimeout(string method, int count, TimeSpan timeout, int found, bool filtered, RecordedCall[] calls)
    {
        var lines = calls.Length == 0
            ? "  (no calls at all)"
            : string.Join(Environment.NewLine, calls.Select(c => "  " + c));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Timed out after {timeout.TotalMilliseconds:0}ms waiting for {count} successful '{method}' call(s){(filtered ? " matching the predicate" : string.Empty)}; found {found}. Recorded calls ({calls.Length}):{Environment.NewLine}{lines}");
    }

    private async Task HandleAsync(HttpContext context)
    {
        var at = DateTimeOffset.UtcNow;
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/file/bot", StringComparison.Ordinal))
        {
            await HandleDownloadAsync(context, path["/file/bot".Length..], at).ConfigureAwait(false);
            return;
        }

        var method = path;
        var parameters = new JsonObject();
        IReadOnlyList<RecordedFilePart> files = [];
        try
        {
            if (!path.StartsWith("/bot", StringComparison.Ordinal) || path.IndexOf('/', 4) is var slash && slash < 0)
            {
                throw new BotApiError(404);
            }

            var token = path[4..slash];
            method = CanonicalMethodName(path[(slash + 1)..]);
            (parameters, files) = await RequestParameters.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);

            bool reject;
            lock (_gate)
            {
                reject = _rejectAllTokens || !string.Equals(token, Token, StringComparison.Ordinal);
            }

            if (reject)
            {
                throw new BotApiError(401);
            }

            if (await ApplyFaultAsync(context, method, parameters, files, at).ConfigureAwait(false))
            {
                return;
            }

            var result = await DispatchAsync(method, parameters, files, context.RequestAborted).ConfigureAwait(false);

            // Record before answering, so that a test reading Calls right after the client's await sees this call.
            Record(new RecordedCall(method, parameters, files, at, 200) { Result = result });
            await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result.DeepClone() }).ConfigureAwait(false);
        }
        catch (BotApiError error)
        {
            await WriteErrorAsync(context, method, parameters, files, at, error.ErrorCode, error.Message, error.Parameters).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            RecordAbandoned(method, parameters, files, at);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await WriteErrorAsync(context, method, parameters, files, at, 500, $"Internal Server Error: {ex.GetType().Name}: {ex.Message}", null).ConfigureAwait(false);
        }
    }

    /// <summary>Applies a queued fault; returns true when the request has been fully handled.</summary>
    private async Task<bool> ApplyFaultAsync(HttpContext context, string method, JsonObject parameters, IReadOnlyList<RecordedFilePart> files, DateTimeOffset at)
    {
        FakeFault? fault;
        lock (_gate)
        {
            fault = _faults.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : null;
        }

        if (fault is null)
        {
            return false;
        }

        if (fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
        }

        if (fault.AbortConnection)
        {
            Record(new RecordedCall(method, parameters, files, at, 0) { ErrorDescription = "connection aborted by fault injection" });
            context.Abort();
            return true;
        }

        if (fault.StatusCode == 200)
        {
            return false;
        }

        if (fault.RawBody is not null)
        {
            Record(new RecordedCall(method, parameters, files, at, fault.StatusCode) { ErrorDescription = "raw body" });
            context.Response.StatusCode = fault.StatusCode;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(fault.RawBody, context.RequestAborted).ConfigureAwait(false);
            return true;
        }

        await WriteErrorAsync(context, method, parameters, files, at, fault.StatusCode, fault.ResolveDescription(), fault.ResolveParameters()).ConfigureAwait(false);
        return true;
    }

    private async Task WriteErrorAsync(
        HttpContext context,
        string method,
        JsonObject parameters,
        IReadOnlyList<RecordedFilePart> files,
        DateTimeOffset at,
        int errorCode,
        string description,
        JsonObject? responseParameters)
    {
        var body = new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = errorCode,
            ["description"] = description,
        };
        if (responseParameters is not null)
        {
            body["parameters"] = responseParameters.DeepClone();
        }

        Record(new RecordedCall(method, parameters, files, at, errorCode) { ErrorDescription = description });
        await WriteAsync(context, errorCode, body).ConfigureAwait(false);
    }

    /// <summary>Records a request whose client went away before it was answered (unless already recorded).</summary>
    private void RecordAbandoned(string method, JsonObject parameters, IReadOnlyList<RecordedFilePart> files, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (_calls.Any(c => ReferenceEquals(c.Parameters, parameters)))
            {
                return;
            }
        }

        Record(new RecordedCall(method, parameters, files, at, 499) { ErrorDescription = "client closed request" });
    }

    private static async Task WriteAsync(HttpContext context, int statusCode, JsonObject body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(ResponseJsonOptions), context.RequestAborted).ConfigureAwait(false);
    }

    private void Record(RecordedCall call)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _calls.Add(call);
            signal = _callRecorded;
            _callRecorded = NewSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>403 for blocked chats, 429 for rate limits; must be called for chat-targeted methods.</summary>
    private void CheckChatPolicies(string method, JsonObject parameters)
    {
        if (parameters["chat_id"] is null)
        {
            return;
        }

        var chatId = ResolveChatId(parameters);
        lock (_gate)
        {
            if (_blockedChats.Contains(chatId))
            {
                throw BotApiError.Blocked();
            }

            if (_rateLimits is not { } limits || !IsRateLimited(method))
            {
                return;
            }

            var now = Stopwatch.GetTimestamp();
            var windowStart = now - Stopwatch.Frequency;
            if (!_chatSendWindows.TryGetValue(chatId, out var chatWindow))
            {
                _chatSendWindows[chatId] = chatWindow = new Queue<long>();
            }

            Prune(_globalSendWindow, windowStart);
            Prune(chatWindow, windowStart);
            if (_globalSendWindow.Count >= limits.Global || chatWindow.Count >= limits.PerChat)
            {
                _tooManyRequestsCount++;
                throw BotApiError.TooManyRequests(1);
            }

            _globalSendWindow.Enqueue(now);
            chatWindow.Enqueue(now);
        }

        static void Prune(Queue<long> window, long windowStart)
        {
            while (window.Count > 0 && window.Peek() <= windowStart)
            {
                window.Dequeue();
            }
        }
    }

    private static bool IsRateLimited(string method) =>
        (method.StartsWith("send", StringComparison.Ordinal) && method != "sendChatAction")
        || method is "copyMessage" or "copyMessages" or "forwardMessage" or "forwardMessages";
}
