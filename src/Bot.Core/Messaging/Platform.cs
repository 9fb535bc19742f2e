namespace Bot.Core.Messaging;

public enum Platform
{
    Local,
    Telegram,
    Discord,
}
