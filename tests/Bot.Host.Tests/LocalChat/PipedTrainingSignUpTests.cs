using System.Text.RegularExpressions;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.LocalChat;

/// <summary>Training sign-up in the terminal chat with piped input, run as a real process on a fresh database.</summary>
public sealed partial class PipedTrainingSignUpTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task PipedSignUp_FromStartToTheConfirmationCode()
    {
        // Numbers press the buttons just shown: the menu's training button, the first programme and session,
        // the first sector and area, the consent, and "benar, simpan".
        var script = string.Join('\n',
            "/start", "1", "1", "1", "Siti Aminah", "Tahu Takwa Bu Siti", "1", "1", "tinalan", "0812-3456-7890", "lewati", "1", "1", "/jadwalku") + "\n";
        using var bot = BotProcess.Start(Environment(), script);

        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        var output = bot.StandardOutput;
        Assert.Contains("Pilih program pelatihan:", output);
        Assert.Contains("Workshop Calon Eksportir — Disperdagin Kota Kediri", output);
        Assert.Contains("Pilih jadwal Workshop Calon Eksportir:", output);
        Assert.Contains("• Program: Workshop Calon Eksportir", output);
        Assert.Contains("✅ Pendaftaran berhasil!", output);
        var code = CodeLine().Match(output);
        Assert.True(code.Success, output);
        Assert.Contains($"🎫 {code.Groups[1].Value} · ✅ terdaftar", output);
        Assert.DoesNotContain("Exception", output + bot.StandardError);
    }

    [Fact]
    public async Task PipedExport_AsAdmin_WritesTheCsvUnderTheDataFolder_AndPrintsItsPath()
    {
        using var bot = BotProcess.Start(Environment(), "/unduh_peserta semua\n", "--admin");

        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        var path = _temp.File(Path.Combine("files", "peserta-semua.csv"));
        Assert.Contains($"[berkas] {path}", bot.StandardOutput);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("Kode,Program,", System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    public void Dispose() => _temp.Dispose();

    private Dictionary<string, string> Environment() => new()
    {
        ["Storage__DatabasePath"] = _temp.File("bot.db"),
    };

    [GeneratedRegex(@"Kode pendaftaran: ([A-Z2-9]{6})")]
    private static partial Regex CodeLine();
}
