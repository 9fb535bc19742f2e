namespace Bot.Core.Training;

/// <summary>A training or consultation programme (e.g. an export workshop) that runs in sessions.</summary>
public sealed record TrainingProgram
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    /// <summary>Who runs it, e.g. "Disperdagin Kota Kediri".</summary>
    public string Organiser { get; init; } = string.Empty;

    public string? Description { get; init; }

    public ProgramStatus Status { get; init; }

    public DateTime CreatedUtc { get; init; }
}
