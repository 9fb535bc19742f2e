namespace Bot.Core.Messaging;

/// <param name="Data">The compact callback data the button was created with.</param>
/// <param name="CallbackId">The platform's id for answering the press, when it has one.</param>
/// <param name="MessageId">The bot message that carried the button.</param>
public sealed record ButtonPress(string Data, string? CallbackId = null, string? MessageId = null);
