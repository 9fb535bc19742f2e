namespace Bot.Core.Conversations.Forms;

/// <summary>A form: its ordered fields and what happens when the user confirms the summary.</summary>
public abstract class FormDefinition
{
    /// <summary>Also the command that opens it, without the slash.</summary>
    public abstract string Name { get; }

    public abstract string TitleKey { get; }

    public abstract IReadOnlyList<FormField> Fields { get; }

    /// <summary>Runs inside the batch transaction when the user presses "benar, simpan".</summary>
    public abstract void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values);

    /// <summary>Runs when an answer ends the form without saving (e.g. consent refused or withdrawn).</summary>
    public virtual void Aborted(UpdateContext context)
    {
    }
}
