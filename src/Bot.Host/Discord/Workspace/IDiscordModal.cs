using Bot.Core.Localization;
using Bot.Host.Discord.Models;

namespace Bot.Host.Discord.Workspace;

/// <summary>
/// A button that opens a form (modal) instead of running at once. A modal must be Discord's FIRST answer to the press,
/// so the adapter decides by <see cref="Prefix"/> without asking the pipeline. The modal keeps the button's custom_id;
/// its submit becomes the bot command <see cref="ToCommand"/> builds, run by the pipeline like any button press.
/// Only moderators may open or submit one.
/// </summary>
public interface IDiscordModal
{
    /// <summary>The start of the custom_ids (button data) it handles, e.g. "/jawab " for "/jawab 12".</summary>
    string Prefix { get; }

    ModalPayload Build(string customId, Localizer t);

    /// <summary>The command with what the moderator typed, e.g. "/jawab 12 NIB dibuat di oss.go.id".</summary>
    string ToCommand(string customId, IReadOnlyDictionary<string, string> values);
}
