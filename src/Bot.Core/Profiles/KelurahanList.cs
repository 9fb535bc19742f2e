namespace Bot.Core.Profiles;

/// <summary>The official list (domain brief, section 1); codes are 35.71.KK.NNNN.</summary>
public static class KelurahanList
{
    public static IReadOnlyList<Kelurahan> All { get; } = Build();

    private static List<Kelurahan> Build()
    {
        var list = new List<Kelurahan>();
        Add(list, "01", "Mojoroto", "Bandar Lor", "Bandar Kidul", "Banjarmlati", "Pojok", "Sukorame", "Bujel", "Gayam", "Mrican", "Dermo", "Ngampel", "Mojoroto", "Campurejo", "Lirboyo", "Tamanan");
        Add(list, "02", "Kota", "Semampir", "Balowerti", "Dandangan", "Ngadirejo", "Kampung Dalem", "Setonopande", "Ringinanom", "Pakelan", "Setonogedong", "Kemasan", "Jagalan", "Banjaran", "Kaliombo", "Ngronggo", "Manisrenggo", "Pocanan", "Rejomulyo");
        Add(list, "03", "Pesantren", "Bangsal", "Pakunden", "Tosaren", "Jamsaren", "Singonegaran", "Blabak", "Betet", "Tinalan", "Bawang", "Ngletih", "Tempurejo", "Ketami", "Pesantren", "Banaran", "Burengan");
        return list;
    }

    private static void Add(List<Kelurahan> list, string kecamatanCode, string kecamatan, params string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            list.Add(new Kelurahan($"35.71.{kecamatanCode}.{1001 + i}", names[i], kecamatan));
        }
    }
}
