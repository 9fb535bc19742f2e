using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Discord.Fakes;

/// <summary>The fake is as strict as the protocol brief says Discord is, driven by a raw WebSocket.</summary>
public sealed class FakeDiscordServerTests : IAsyncLifetime
{
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync(DiscordTestTokens.Bot);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SecondIdentify_IsClosedWith4005()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, Identify(1 << 9));
        await SendAsync(socket, Identify(1 << 9));

        Assert.Equal(4005, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task PayloadBeforeIdentify_IsClosedWith4003()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new JsonObject { ["op"] = 3, ["d"] = new JsonObject() });

        Assert.Equal(4003, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task PrivilegedIntentWhileSwitchedOff_IsClosedWith4014()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, Identify((1 << 9) | (1 << 15)));

        Assert.Equal(4014, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task PayloadOver4096Bytes_IsClosedWith4002()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new JsonObject { ["op"] = 1, ["d"] = new string('x', 5000) });

        Assert.Equal(4002, await ClosedWithAsync(socket));
    }

    [Fact]
    public async Task WrongTokenInIdentify_IsClosedWith4004()
    {
        using var socket = await ConnectAsync();
        var identify = Identify(0);
        identify["d"]!["token"] = "MTQwMDAwMDAwMDAwMDAwMDA5.GwRoNg.wrongTokenForTestsOnly_abcdefghijklmn";
        await SendAsync(socket, identify);

        Assert.Equal(4004, await ClosedWithAsync(socket));
    }

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(_server.GatewayUrl + "?v=10&encoding=json"), CancellationToken.None);
        return socket;
    }

    private static JsonObject Identify(int intents) => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = DiscordTestTokens.Bot,
            ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "test", ["device"] = "test" },
        },
    };

    private static Task SendAsync(ClientWebSocket socket, JsonObject payload) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Reads (and ignores) HELLO, READY and the like until the server's close frame.</summary>
    private static async Task<int?> ClosedWithAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (int?)socket.CloseStatus;
            }
        }
    }
}
