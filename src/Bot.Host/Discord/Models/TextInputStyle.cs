namespace Bot.Host.Discord.Models;

public enum TextInputStyle
{
    Short = 1,
    Paragraph = 2,
}
