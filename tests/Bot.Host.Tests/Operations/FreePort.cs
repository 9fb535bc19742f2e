using System.Net;
using System.Net.Sockets;

namespace Bot.Host.Tests.Operations;

internal static class FreePort
{
    /// <summary>A port nothing listens on right now (the OS picks it), for the bot's health endpoint.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
