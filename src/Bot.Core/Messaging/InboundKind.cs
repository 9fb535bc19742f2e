namespace Bot.Core.Messaging;

public enum InboundKind
{
    Text,
    Button,
    Photo,
    Document,
    Sticker,
    Voice,
    Contact,
    Other,
}
