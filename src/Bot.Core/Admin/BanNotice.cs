namespace Bot.Core.Admin;

/// <summary>Remembers that a banned user was told once; Id is "platform:user id".</summary>
public sealed class BanNotice
{
    public string Id { get; set; } = string.Empty;

    public DateTime ToldUtc { get; set; }
}
