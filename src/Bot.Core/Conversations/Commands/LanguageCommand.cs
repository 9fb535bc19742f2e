using Bot.Core.Admin;
using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Conversations.Commands;

public sealed class LanguageCommand : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["bahasa", "language"];

    public string DescriptionKey => "command.language.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var choice = arguments.Trim().ToLowerInvariant() switch
        {
            "id" or "indonesia" or "indonesian" or "bahasa indonesia" => Languages.Indonesian,
            "en" or "english" or "inggris" => Languages.English,
            _ => null,
        };
        if (choice is null)
        {
            context.Reply(new OutboundMessage
            {
                Text = context.T["language.ask"],
                Buttons = [[new Button("🇮🇩 Bahasa Indonesia", "/bahasa id"), new Button("🇬🇧 English", "/bahasa en")]],
            });
            return;
        }

        context.Conversation.Language = choice;
        context.Reply(context.T["language.changed"]);
    }
}
