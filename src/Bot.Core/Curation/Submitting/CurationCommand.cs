using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Profiles;

namespace Bot.Core.Curation.Submitting;

/// <summary>/kurasi: send a product for curation; the profile questions come first only for a seller without a profile.</summary>
public sealed class CurationCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = ["kurasi", "curation"];

    public string DescriptionKey => "command.curation.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments)
    {
        var key = SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId);
        var hasProfile = ProfileStore.Collection(context.Session.Database).FindById(key) is not null;
        forms.Start(context, CurationForm.FormName, hasProfile ? new Dictionary<string, string> { [CurationForm.HasProfile] = "1" } : null);
    }
}
