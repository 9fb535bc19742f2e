namespace Bot.Core.Conversations.Commands;

public enum CommandKind
{
    /// <summary>Answers and leaves an open form where it was (the form is asked again after the answer).</summary>
    Anywhere,

    /// <summary>Opens a form; refused while another form is open, so no answers are lost.</summary>
    StartsForm,

    /// <summary>Acts on the open form itself (e.g. /batal).</summary>
    ControlsForm,
}
