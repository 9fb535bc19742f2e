using LiteDB;

namespace Bot.Core.Training;

/// <summary>One dated meeting of a programme, with its seats. Times are UTC and shown in WIB.</summary>
public sealed record TrainingSession
{
    public int Id { get; init; }

    public int ProgramId { get; init; }

    public DateTime StartUtc { get; init; }

    public DateTime EndUtc { get; init; }

    /// <summary>The place, for a session held in person.</summary>
    public string? Venue { get; init; }

    /// <summary>The meeting link, for a session held online.</summary>
    public string? OnlineLink { get; init; }

    public int Capacity { get; init; }

    /// <summary>Sign-ups close at this time (at the latest when the session starts).</summary>
    public DateTime DeadlineUtc { get; init; }

    public SessionStatus Status { get; init; }

    /// <summary>
    /// When the reminder scan went through this session's registrations for the day-before reminder: after that, none
    /// can fall due (a seat taken later is taken after the reminder's time), so later scans skip the session without
    /// loading them. Cleared by an edit, which writes the session anew.
    /// </summary>
    public DateTime? DayBeforeRemindersUtc { get; init; }

    /// <summary>Like <see cref="DayBeforeRemindersUtc"/>, for the two-hours-before reminder.</summary>
    public DateTime? TwoHourRemindersUtc { get; init; }

    [BsonIgnore]
    public string Place => Venue ?? OnlineLink ?? string.Empty;
}
