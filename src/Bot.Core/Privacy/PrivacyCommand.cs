using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Localization;
using Bot.Core.Profiles;

namespace Bot.Core.Privacy;

/// <summary>/privasi: the privacy notice, and whether (when, to which text version) this person consented.</summary>
public sealed class PrivacyCommand : IBotCommand, IAlwaysAllowed
{
    public IReadOnlyList<string> Names { get; } = ["privasi", "privacy"];

    public string DescriptionKey => "command.privacy.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.Anywhere;

    public void Execute(UpdateContext context, string arguments)
    {
        var t = context.T;
        var profile = ProfileStore.Collection(context.Session.Database).FindById(SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId));
        var status = profile is { ConsentVersion.Length: > 0 }
            ? t.Format("privacy.consent_given", Wib.Format(profile.ConsentUtc, t.Language), profile.ConsentVersion)
            : t["privacy.no_consent"];
        context.Reply(MainMenu.Message(t, t.Format("privacy.notice", ProfileForm.ConsentVersion) + "\n\n" + status));
    }
}
