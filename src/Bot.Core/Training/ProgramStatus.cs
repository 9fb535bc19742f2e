namespace Bot.Core.Training;

public enum ProgramStatus
{
    /// <summary>Shown in /daftar while it has sessions open for sign-up.</summary>
    Open,

    /// <summary>No new sign-ups; existing registrations stand.</summary>
    Closed,

    /// <summary>Called off: its sessions were cancelled and their participants told.</summary>
    Cancelled,
}
