namespace Bot.Host.Discord.Models;

/// <summary>
/// The body of a message to create or edit, an interaction reply, a follow-up or an edit of <c>@original</c>.
/// Null members are left out, so on an edit they stay unchanged; an empty list clears (e.g. <c>Components = []</c>).
/// </summary>
public sealed record MessagePayload
{
    /// <summary>At most 2000 characters (split longer texts with <c>TextSplitter</c>).</summary>
    public string? Content { get; init; }

    /// <summary>At most 10 embeds, 6000 characters in total.</summary>
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>At most 5 action rows.</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    /// <summary>Makes a create a reply to another message (create only).</summary>
    public MessageReference? MessageReference { get; init; }

    public MessageFlags? Flags { get; init; }

    /// <summary>
    /// With uploads: left null, it is filled with one entry per file (id = the file's index). On an edit it must list
    /// the kept attachments (by their ids) and the new files; attachments missing from it are removed.
    /// </summary>
    public IReadOnlyList<AttachmentReference>? Attachments { get; init; }

    /// <summary>Up to 25 characters; with <see cref="EnforceNonce"/> Discord returns the earlier message instead of posting a duplicate.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    public static MessagePayload Text(string content) => new() { Content = content, AllowedMentions = AllowedMentions.None };
}
