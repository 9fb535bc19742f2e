namespace Bot.Core.Conversations.Forms;

public enum FieldOutcome
{
    Accepted,
    Invalid,

    /// <summary>One more item for a multi-item field (e.g. a photo of an album); the step stays.</summary>
    Collected,

    /// <summary>The answer ends the form without saving (e.g. consent refused).</summary>
    Abort,

    /// <summary>Not exact, but close to some values: they are offered as buttons ("did you mean …?").</summary>
    Suggest,
}
