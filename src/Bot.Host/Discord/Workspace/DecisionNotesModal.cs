using Bot.Core.Curation;
using Bot.Core.Curation.Workspace;
using Bot.Core.Localization;
using Bot.Host.Discord.Models;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// "Needs revision" and "Reject" on a curation card (custom_ids "/kurasi_revisi 42 v2", "/kurasi_tolak 42 v2"): one
/// paragraph of notes for the seller. The submit runs the card's command with the notes after it.
/// </summary>
internal sealed class DecisionNotesModal(DecisionOutcome outcome) : IDiscordModal
{
    private const string NotesField = "notes";

    public string Prefix => "/" + CurationCard.CommandOf(outcome) + " ";

    public ModalPayload Build(string customId, Localizer t)
    {
        var code = Submission.TryParseCode(customId[Prefix.Length..].Split(' ')[0], out var id) ? Submission.CodeOf(id) : string.Empty;
        var notes = new TextInputComponent(NotesField, TextInputStyle.Paragraph)
        {
            MinLength = CardDecisionCommand.MinNotes,
            MaxLength = CardDecisionCommand.MaxNotes,
            Required = true,
            Placeholder = DiscordMessageRenderer.Fit(t["curation.card.modal.notes.placeholder"], 100),
        };
        var title = t.Format(outcome == DecisionOutcome.Rejected ? "curation.card.modal.reject.title" : "curation.card.modal.revise.title", code);
        return new ModalPayload(customId, DiscordMessageRenderer.Fit(title, 45), [new LabelComponent(DiscordMessageRenderer.Fit(t["curation.card.modal.notes.label"], 45), notes)]);
    }

    public string ToCommand(string customId, IReadOnlyDictionary<string, string> values) =>
        customId.TrimEnd() + " " + values.GetValueOrDefault(NotesField, string.Empty).Trim();
}
