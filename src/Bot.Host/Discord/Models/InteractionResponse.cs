namespace Bot.Host.Discord.Models;

/// <summary>The first answer to an interaction; it must reach Discord within 3 seconds.</summary>
/// <param name="Data">A <see cref="MessagePayload"/>, a <see cref="ModalPayload"/> or nothing.</param>
public sealed record InteractionResponse(InteractionCallbackType Type, object? Data = null)
{
    public static InteractionResponse Message(MessagePayload message) => new(InteractionCallbackType.ChannelMessageWithSource, message);

    public static InteractionResponse Defer(bool ephemeral) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral ? new MessagePayload { Flags = MessageFlags.Ephemeral } : null);

    public static InteractionResponse DeferUpdate() => new(InteractionCallbackType.DeferredUpdateMessage);

    public static InteractionResponse UpdateMessage(MessagePayload message) => new(InteractionCallbackType.UpdateMessage, message);

    public static InteractionResponse Modal(ModalPayload modal) => new(InteractionCallbackType.Modal, modal);
}
