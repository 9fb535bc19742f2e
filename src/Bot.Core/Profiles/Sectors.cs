using Bot.Core.Conversations.Forms;

namespace Bot.Core.Profiles;

/// <summary>Business sectors offered as buttons (domain brief, section 2).</summary>
public static class Sectors
{
    public static IReadOnlyList<Choice> All { get; } =
    [
        new("kuliner", "sector.kuliner"),
        new("fashion", "sector.fashion"),
        new("batik", "sector.batik"),
        new("kriya", "sector.kriya"),
        new("souvenir", "sector.souvenir"),
        new("tani", "sector.tani"),
        new("kosmetik", "sector.kosmetik"),
        new("jasa", "sector.jasa"),
        new("lain", "sector.lain"),
    ];
}
