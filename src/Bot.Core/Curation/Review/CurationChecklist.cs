using Bot.Core.Conversations.Forms;

namespace Bot.Core.Curation.Review;

/// <summary>
/// What curators check (domain brief, section 5: Rumah Kurasi Kediri, Diskop-UKM Jatim, the "Pusaka" retail
/// curation): legality, label, packaging, product quality, photos, price and supply continuity.
/// </summary>
public static class CurationChecklist
{
    public static IReadOnlyList<string> Codes { get; } = ["legal", "label", "pack", "quality", "photo", "price", "supply"];

    public static IReadOnlyList<Choice> Choices { get; } = [.. Codes.Select(c => new Choice(c, "curation.check." + c))];
}
