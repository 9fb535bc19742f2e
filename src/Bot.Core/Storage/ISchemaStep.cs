using LiteDB;

namespace Bot.Core.Storage;

/// <summary>One upgrade of the database layout; applied once, in version order, at start-up.</summary>
public interface ISchemaStep
{
    int Version { get; }

    void Apply(ILiteDatabase database);
}
