using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Profiles;

namespace Bot.Core.Training;

/// <summary>/daftar (also the menu's training button): opens the sign-up form when anything is open for sign-up.</summary>
public sealed class SignUpCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [SignUpForm.FormName, "pelatihan", "training"];

    public string DescriptionKey => "command.training.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        if (TrainingCatalogue.OpenPrograms(context.Session.Database, context.NowUtc).Count == 0)
        {
            context.Reply(MainMenu.Message(context.T, context.T["training.signup.none_open"]));
            return;
        }

        var id = SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId);
        var profile = ProfileStore.Collection(context.Session.Database).FindById(id);
        Dictionary<string, string>? prefill = null;
        if (profile is not null)
        {
            prefill = ProfileForm.ValuesOf(profile);
            prefill[SignUpForm.KnownProfileKey] = "1";
        }

        forms.Start(context, SignUpForm.FormName, prefill, askOnlyMissing: true);
    }
}
