using Bot.Core.Audit;
using Bot.Core.Conversations;
using Bot.Core.Profiles;

namespace Bot.Core.Privacy;

/// <summary>
/// Consent withdrawn inside a form (the consent question answered "no" over a saved profile): the same erasure as
/// /hapusdata in every feature, with its checkpoint, and an audit row. Refusing at the first ask stores nothing, so
/// there is nothing to erase.
/// </summary>
public sealed class ConsentWithdrawal(PersonalData personalData)
{
    public void Withdraw(UpdateContext context)
    {
        var key = SellerProfile.KeyOf(context.Update.Platform, context.Update.SenderId);
        if (ProfileStore.Collection(context.Session.Database).FindById(key) is null)
        {
            return;
        }

        var subject = PersonalData.SubjectOf(context);
        personalData.Erase(context.Session, subject);
        AuditLog.Record(context, "privacy.consent_withdrawn", subject.Key);
    }
}
