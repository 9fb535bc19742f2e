namespace Bot.Core.Audit;

/// <summary>A thing's state taken before it is changed in place (e.g. a profile document about to be updated).</summary>
public sealed record AuditSnapshot(string Json)
{
    public static AuditSnapshot? Of(object? value) => AuditJson.Serialize(value) is { } json ? new AuditSnapshot(json) : null;
}
