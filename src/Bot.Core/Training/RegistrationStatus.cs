namespace Bot.Core.Training;

public enum RegistrationStatus
{
    Registered,
    Waitlisted,
    Cancelled,
    Attended,
}
