using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>The persisted state of one chat: language and, while a form is open, its step and answers.</summary>
public sealed class Conversation
{
    private DateTime? _formExpiresUtc;

    /// <summary>The chat key, "platform:chat id".</summary>
    public string Id { get; set; } = string.Empty;

    public Platform Platform { get; set; }

    public string ChatId { get; set; } = string.Empty;

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public string Language { get; set; } = Localization.Languages.Default;

    public DateTime CreatedUtc { get; set; }

    public DateTime LastActivityUtc { get; set; }

    /// <summary>The open form's name, or null when the chat is at the main menu.</summary>
    public string? Form { get; set; }

    public int Step { get; set; }

    /// <summary>True while the summary is shown, waiting for "save" or "edit".</summary>
    public bool AtSummary { get; set; }

    /// <summary>True when the current step was opened from the summary, so a valid answer returns there.</summary>
    public bool ReturnToSummary { get; set; }

    /// <summary>Changes with every form started; buttons from an older form are recognised as stale.</summary>
    public int FormNonce { get; set; }

    public Dictionary<string, string> Fields { get; set; } = [];

    /// <summary>When set, questions that already have an answer (filled in beforehand) are not asked again.</summary>
    public bool AskOnlyMissing { get; set; }

    /// <summary>When the open form lapses for silence (exact; see <see cref="FormSweepUtc"/> for the indexed key).</summary>
    public DateTime? FormExpiresUtc
    {
        get => _formExpiresUtc;
        set
        {
            _formExpiresUtc = value;
            FormSweepUtc = value is { } at ? at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMinute)) : null;
        }
    }

    /// <summary>
    /// <see cref="FormExpiresUtc"/> cut down to the whole minute, indexed so the sweeper finds lapsed forms. Answers
    /// given within the same minute leave it, and so the index, untouched (an index update costs more than the
    /// document); the sweeper checks the exact time.
    /// </summary>
    public DateTime? FormSweepUtc { get; set; }

    /// <summary>The last question the FAQ could not answer, for "/teruskan" (forward to the team).</summary>
    public string? LastQuestion { get; set; }

    public string? LastQuestionNearestTopic { get; set; }

    public ChatRef Chat => new(Platform, ChatId);

    public bool InForm => Form is not null;

    internal Conversation Copy()
    {
        var copy = (Conversation)MemberwiseClone();
        copy.Fields = new Dictionary<string, string>(Fields);
        return copy;
    }
}
