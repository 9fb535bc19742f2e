using Bot.Core.Admin;
using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Messaging;

namespace Bot.Core.Privacy;

/// <summary>
/// /hapusdata asks first; "/hapusdata ya" (the button) erases the sender's personal data in every feature and
/// withdraws their consent (UU PDP Pasal 8–9). The erasure itself is audited, without any of the erased data.
/// </summary>
public sealed class EraseDataCommand(PersonalData personalData) : IBotCommand, IAlwaysAllowed
{
    public const string Confirm = "ya";

    public IReadOnlyList<string> Names { get; } = ["hapusdata", "erasedata"];

    public string DescriptionKey => "command.erasedata.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var t = context.T;
        var answer = arguments.Trim().ToLowerInvariant();
        if (answer is not (Confirm or "yes"))
        {
            context.Reply(new OutboundMessage
            {
                Text = t["privacy.erase_confirm"],
                Buttons = [[new Button(t["privacy.erase_yes"], $"/{Names[0]} {Confirm}")], [new Button(t["privacy.erase_no"], "/start")]],
            });
            return;
        }

        var subject = PersonalData.SubjectOf(context);
        personalData.Erase(context.Session, subject);
        AuditLog.Record(context, "privacy.erase", subject.Key);
        context.Reply(MainMenu.Message(t, t["privacy.erased"]));
    }
}
