using Bot.Core.Messaging;
using Bot.Host.Discord.Models;
using Microsoft.Extensions.Options;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// A member's message that mentions the bot in Discord:MentionChannelId becomes that member's text to the bot, without
/// the mention: a question is answered from the FAQ like on Telegram. Anything else in the guild is ignored.
/// </summary>
internal sealed class DiscordMessageMapper(IOptions<DiscordOptions> options, DiscordModerators moderators)
{
    public InboundUpdate? Map(DiscordMessage message, string? botUserId)
    {
        if (botUserId is null || message.Author is not { } author || message.IsFromBotOrWebhook
            || message.ChannelId != options.Value.MentionChannelId || !message.MentionsUser(botUserId))
        {
            return null;
        }

        moderators.Check(author.Id, message.Member);
        var text = (message.Content ?? string.Empty).Replace($"<@{botUserId}>", " ", StringComparison.Ordinal)
            .Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal).Trim();
        return new InboundUpdate
        {
            Platform = Platform.Discord,
            UpdateId = message.Id,
            ChatId = DiscordChat.Member(message.ChannelId, author.Id),
            SenderId = author.Id,
            SenderName = author.DisplayName,
            Kind = InboundKind.Text,

            // A bare mention asks the bot to ask for the question.
            Text = text.Length == 0 ? "/tanya" : text,
        };
    }
}
