using Bot.Core.Messaging;
using LiteDB;

namespace Bot.Core.Training;

/// <summary>
/// A seller's place in a session, or on its waitlist. The waitlist is served in <see cref="Id"/> order
/// (insertion order, also within one batch). Reminder times are set in the transaction that queues the
/// reminder, so a reminder is never sent twice and never lost.
/// </summary>
public sealed record Registration
{
    public long Id { get; init; }

    /// <summary>Short code the seller sees and quotes, e.g. "K7Q3MX".</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The seller profile's key, "platform:user id".</summary>
    public string SellerId { get; init; } = string.Empty;

    public Platform Platform { get; init; }

    /// <summary>Where notices for this registration go.</summary>
    public string ChatId { get; init; } = string.Empty;

    public int SessionId { get; init; }

    public int ProgramId { get; init; }

    public RegistrationStatus Status { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>When the seller moved up from the waitlist to a seat.</summary>
    public DateTime? PromotedUtc { get; init; }

    public DateTime? CancelledUtc { get; init; }

    public DateTime? AttendedUtc { get; init; }

    /// <summary>When the day-before reminder was queued (or found unneeded: signed up after its time).</summary>
    public DateTime? DayBeforeReminderUtc { get; init; }

    /// <summary>When the two-hours-before reminder was queued (or found unneeded).</summary>
    public DateTime? TwoHourReminderUtc { get; init; }

    /// <summary>
    /// The session this registration holds a seat in; null while waitlisted or cancelled. Stored (computed from the
    /// status on every write) and indexed, so seats are counted from the index alone, without loading registrations.
    /// </summary>
    public int? SeatInSessionId => HoldsSeat ? SessionId : null;

    [BsonIgnore]
    public ChatRef Chat => new(Platform, ChatId);

    /// <summary>Holds a seat (attendance keeps it).</summary>
    [BsonIgnore]
    public bool HoldsSeat => Status is RegistrationStatus.Registered or RegistrationStatus.Attended;

    /// <summary>Counts as the seller's sign-up for the session: a second one is refused.</summary>
    [BsonIgnore]
    public bool IsActive => Status != RegistrationStatus.Cancelled;

    /// <summary>When the seller got the seat: on sign-up, or on promotion from the waitlist.</summary>
    [BsonIgnore]
    public DateTime SeatSinceUtc => PromotedUtc ?? CreatedUtc;
}
