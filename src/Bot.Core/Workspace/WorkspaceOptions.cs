using Bot.Core.Messaging;

namespace Bot.Core.Workspace;

/// <summary>
/// The shared chats where staff work together (Discord channels today). A platform adapter fills these in from its
/// own settings (e.g. Discord:QuestionsChannelId); when a chat is not set, that part of the workspace is simply off.
/// </summary>
public sealed class WorkspaceOptions
{
    /// <summary>Forwarded FAQ questions are posted here as cards with answer buttons.</summary>
    public ChatRef? QuestionsChat { get; set; }

    /// <summary>New curation submissions are posted here as cards (issue 5).</summary>
    public ChatRef? CurationChat { get; set; }
}
