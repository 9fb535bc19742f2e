using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>The three services as buttons; each button runs the service's command.</summary>
public static class MainMenu
{
    public static IReadOnlyList<IReadOnlyList<Button>> Buttons(Localizer t) =>
    [
        [new Button(t["menu.training"], "/daftar")],
        [new Button(t["menu.faq"], "/tanya")],
        [new Button(t["menu.curation"], "/kurasi")],
        [new Button(t["menu.profile"], "/profil"), new Button(t["menu.help"], "/bantuan")],
    ];

    public static OutboundMessage Message(Localizer t, string text) => new() { Text = text, Buttons = Buttons(t) };
}
