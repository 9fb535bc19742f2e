using Bot.Core.Localization;
using LiteDB;

namespace Bot.Core.Training;

/// <summary>
/// The example catalogue a fresh install starts with: the programmes Kediri's UMKM actually get offered,
/// each with two sessions in the coming weeks (dated from the install), so /daftar works at once.
/// Admins change or cancel them with the session commands.
/// </summary>
internal static class TrainingSeed
{
    private sealed record SeedProgram(string Name, string Organiser, string Description, string Place, bool Online, int Capacity, int FirstDay, int StartHour, int Hours);

    private static readonly SeedProgram[] Catalogue =
    [
        new("Workshop Calon Eksportir", "Disperdagin Kota Kediri", "Dasar-dasar ekspor: dokumen, HS code, Incoterms, pembayaran, mencari pembeli.",
            "Aula Disperdagin Kota Kediri", false, 30, 3, 9, 3),
        new("Konsultasi Ekspor gratis", "PPEJP Kemendag", "Konsultasi ekspor gratis satu per satu bersama konsultan PPEJP.",
            "https://meet.example.id/konsultasi-ekspor-ppejp", true, 5, 4, 13, 2),
        new("Go Digital: jualan di marketplace", "Dinas Koperasi UMTK Kota Kediri", "Membuka toko di marketplace, foto produk, deskripsi, promosi.",
            "Ruang Pelatihan Dinas Koperasi UMTK Kota Kediri", false, 25, 5, 9, 4),
        new("Kemasan & label produk", "Disperdagin Kota Kediri", "Kemasan yang layak jual dan ekspor; label: komposisi, PIRT/BPOM, halal, kedaluwarsa.",
            "Rumah Kurasi Kota Kediri", false, 20, 6, 9, 3),
        new("Pendampingan sertifikasi halal", "Dinas Koperasi UMTK Kota Kediri", "Pendampingan sertifikasi halal gratis (SEHATI) lewat SIHALAL, dari NIB sampai pengajuan.",
            "Aula Dinas Koperasi UMTK Kota Kediri", false, 20, 7, 13, 3),
    ];

    public static void Write(ILiteDatabase database, DateTime nowUtc)
    {
        var programs = TrainingStore.Programs(database);
        var sessions = TrainingStore.Sessions(database);
        var today = Wib.ToWib(nowUtc).Date;
        foreach (var seed in Catalogue)
        {
            var id = programs.Insert(new TrainingProgram
            {
                Name = seed.Name, Organiser = seed.Organiser, Description = seed.Description, Status = ProgramStatus.Open, CreatedUtc = nowUtc,
            }).AsInt32;
            foreach (var day in new[] { seed.FirstDay, seed.FirstDay + 14 })
            {
                var start = Wib.ToUtc(today.AddDays(day).AddHours(seed.StartHour));
                sessions.Insert(new TrainingSession
                {
                    ProgramId = id,
                    StartUtc = start,
                    EndUtc = start.AddHours(seed.Hours),
                    Venue = seed.Online ? null : seed.Place,
                    OnlineLink = seed.Online ? seed.Place : null,
                    Capacity = seed.Capacity,
                    DeadlineUtc = start.AddDays(-1),
                    Status = SessionStatus.Open,
                });
            }
        }
    }
}
