namespace Bot.Core.Messaging;

/// <summary>A chat on one platform; the unit of ordering for inbound updates and outbound messages.</summary>
public readonly record struct ChatRef(Platform Platform, string ChatId)
{
    public string Key => $"{Platform}:{ChatId}";

    public override string ToString() => Key;
}
