using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Core.Privacy;

/// <summary>/ubahdata: the saved profile's summary, where any answer can be corrected (UU PDP Pasal 6).</summary>
public sealed class CorrectDataCommand(FormEngine forms) : IBotCommand, IAlwaysAllowed
{
    public IReadOnlyList<string> Names { get; } = ["ubahdata", "editdata"];

    public string DescriptionKey => "command.correctdata.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        var profile = ProfileStore.Collection(context.Session.Database).FindById(SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId));
        if (profile is null)
        {
            context.Reply(new OutboundMessage
            {
                Text = context.T["privacy.no_profile"],
                Buttons = [[new Button(context.T["privacy.fill_profile"], "/profil")]],
            });
            return;
        }

        forms.Start(context, ProfileForm.FormName, ProfileForm.ValuesOf(profile));
    }
}
