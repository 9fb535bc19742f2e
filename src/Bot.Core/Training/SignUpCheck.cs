namespace Bot.Core.Training;

/// <summary>Whether a session takes sign-ups now, and if not, why (each reason has its own polite message).</summary>
public enum SignUpCheck
{
    Open,
    Unknown,
    Started,
    Closed,
    Cancelled,
    DeadlinePassed,
}
