namespace Bot.Core.Training;

public enum SessionStatus
{
    Open,

    /// <summary>No new sign-ups; registrations and the waitlist stand (a cancellation still promotes).</summary>
    Closed,

    /// <summary>Called off; everyone registered or waitlisted was told. No reminders.</summary>
    Cancelled,
}
