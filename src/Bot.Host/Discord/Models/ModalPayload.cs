namespace Bot.Host.Discord.Models;

/// <param name="Title">At most 45 characters.</param>
/// <param name="Components">1 to 5 labels, each around a text input.</param>
public sealed record ModalPayload(string CustomId, string Title, IReadOnlyList<MessageComponent> Components);
