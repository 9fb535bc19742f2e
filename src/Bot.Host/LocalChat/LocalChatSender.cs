using System.Globalization;
using Bot.Core.Messaging;

namespace Bot.Host.LocalChat;

public sealed class LocalChatSender(LocalChatConsole console) : IMessageSender
{
    public Platform Platform => Platform.Local;

    public Task<SendOutcome> SendAsync(OutgoingEnvelope envelope, CancellationToken cancellationToken)
    {
        console.Show(envelope.Message);
        return Task.FromResult(SendOutcome.Sent(envelope.Id.ToString(CultureInfo.InvariantCulture)));
    }
}
