using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Audit;

/// <summary>
/// Writes audit rows. Called from a flow step or job on the writer thread, so the row joins the batch
/// transaction: it is stored exactly when the action is, never one without the other.
/// </summary>
public static class AuditLog
{
    public const string CollectionName = "audit";

    public static ILiteCollection<AuditEntry> Collection(BotDatabase database) =>
        database.Raw.GetCollection<AuditEntry>(CollectionName, BsonAutoId.Int64);

    /// <summary>Records an action by the update's sender.</summary>
    /// <param name="before">The thing before the action: a record, or an <see cref="AuditSnapshot"/> taken before changing a mutable one.</param>
    /// <param name="personalDataOf">"platform:user id" when before / after hold that person's personal data.</param>
    public static void Record(UpdateContext context, string action, string subject, object? before = null, object? after = null, string? personalDataOf = null) =>
        Record(context.Session, context.Update.Platform, context.Update.SenderId, action, subject, before, after, personalDataOf);

    /// <summary>Records an action whose actor is known otherwise (a job reporting a Discord curator's decision).</summary>
    public static void Record(
        WriterSession session, Platform platform, string actorId, string action, string subject,
        object? before = null, object? after = null, string? personalDataOf = null) =>
        Collection(session.Database).Insert(new AuditEntry
        {
            AtUtc = session.NowUtc,
            Platform = platform,
            Actor = $"{platform}:{actorId}",
            Action = action,
            Subject = subject,
            Before = Json(before),
            After = Json(after),
            PersonalDataOf = personalDataOf,
        });

    private static string? Json(object? value) => value is AuditSnapshot snapshot ? snapshot.Json : AuditJson.Serialize(value);
}
