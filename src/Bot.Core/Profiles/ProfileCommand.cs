using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.Profiles;

/// <summary>/profil: fill in the seller profile, or review and correct a saved one from its summary.</summary>
public sealed class ProfileCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["profil", "profile"];

    public string DescriptionKey => "command.profile.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        var id = SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId);
        var existing = ProfileStore.Collection(context.Session.Database).FindById(id);
        forms.Start(context, ProfileForm.FormName, existing is null ? null : ProfileForm.ValuesOf(existing));
    }
}
