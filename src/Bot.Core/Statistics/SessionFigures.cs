using Bot.Core.Training;

namespace Bot.Core.Statistics;

/// <summary>One session's seats.</summary>
/// <param name="Seated">Registered or attended: holding a seat.</param>
public sealed record SessionFigures(
    int SessionId, int ProgramId, DateTime StartUtc, DateTime EndUtc, SessionStatus Status, int Capacity, int Seated, int Waitlisted, int Attended)
{
    public double FillRate => Capacity == 0 ? 0 : (double)Seated / Capacity;
}
