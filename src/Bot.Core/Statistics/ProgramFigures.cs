using Bot.Core.Training;

namespace Bot.Core.Statistics;

/// <summary>A programme's sign-ups over all its sessions (cancelled sessions left out of seats and fill).</summary>
/// <param name="Registrations">Sign-ups that still count: seated, waitlisted or attended.</param>
/// <param name="SeatedInEnded">Seats held in sessions that have ended: the base of the attendance rate.</param>
public sealed record ProgramFigures(
    int ProgramId, string Name, ProgramStatus Status, int Sessions, int Registrations, int Seated, int Capacity, int Waitlisted, int Attended, int SeatedInEnded)
{
    public double FillRate => Capacity == 0 ? 0 : (double)Seated / Capacity;

    public double AttendanceRate => SeatedInEnded == 0 ? 0 : (double)Attended / SeatedInEnded;
}
