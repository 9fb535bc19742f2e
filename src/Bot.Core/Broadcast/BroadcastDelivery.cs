using Bot.Core.Messaging;

namespace Bot.Core.Broadcast;

/// <summary>
/// One recipient of one broadcast. Id is "broadcast id:sequence" (the sequence zero-padded), so the next recipients
/// to feed are one range read on the primary key. Its state changes in the transaction that writes its outbox row
/// and in the one that records the send: after a restart nobody is sent the same broadcast twice.
/// </summary>
public sealed class BroadcastDelivery
{
    public string Id { get; set; } = string.Empty;

    public long BroadcastId { get; set; }

    public Platform Platform { get; set; }

    public string ChatId { get; set; } = string.Empty;

    public string Language { get; set; } = Localization.Languages.Default;

    public DeliveryState State { get; set; }

    public DateTime? DoneUtc { get; set; }

    public ChatRef Chat => new(Platform, ChatId);

    public static string KeyOf(long broadcastId, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{broadcastId}:{sequence:D8}");
}
