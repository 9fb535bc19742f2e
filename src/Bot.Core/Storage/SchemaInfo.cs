namespace Bot.Core.Storage;

public sealed class SchemaInfo
{
    public const string DocumentId = "schema";

    public string Id { get; set; } = DocumentId;

    public int Version { get; set; }

    public DateTime UpgradedUtc { get; set; }
}
