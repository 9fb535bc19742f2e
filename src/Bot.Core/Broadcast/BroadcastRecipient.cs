using Bot.Core.Messaging;

namespace Bot.Core.Broadcast;

/// <param name="Language">The recipient's chat language, for the lines the bot adds around the admin's text.</param>
public sealed record BroadcastRecipient(ChatRef Chat, string Language);
