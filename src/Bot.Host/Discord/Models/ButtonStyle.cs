namespace Bot.Host.Discord.Models;

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,

    /// <summary>Opens <see cref="ButtonComponent.Url"/>; sends no interaction.</summary>
    Link = 5,
}
