namespace Bot.Core.Curation;

public enum PhotoRefusal
{
    None,
    NotImage,
    TooSmall,
    Duplicate,
    TooLarge,
    Unavailable,
}
