using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.LocalChat;

/// <summary>The README's first command with piped input, run as a real process.</summary>
public sealed class PipedLocalChatTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task PipedStartAndHelp_PrintsWelcomeAndHelp_AndExitsZero()
    {
        using var bot = BotProcess.Start(Environment(), "/start\n/bantuan\n");

        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        var output = bot.StandardOutput;
        Assert.Contains("Selamat datang di layanan UMKM Kota Kediri", output);
        Assert.Contains("[1] 📚 Daftar pelatihan", output);
        Assert.Contains("Perintah yang bisa Anda pakai", output);
        Assert.Contains("/bahasa", output);
        Assert.True(output.IndexOf("Selamat datang", StringComparison.Ordinal) < output.IndexOf("Perintah yang bisa", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", output + bot.StandardError);
        Assert.True(File.Exists(_temp.File("bot.db")));
    }

    [Fact]
    public async Task PipedProfileForm_WithNumbersForButtons_SavesTheProfile()
    {
        var script = string.Join('\n',
            "/profil", "Siti Aminah", "Tahu Takwa Bu Siti", "1", "1", "tinalan", "12345", "0812-3456-7890", "lewati", "1", "1") + "\n";
        using var bot = BotProcess.Start(Environment(), script);

        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        var output = bot.StandardOutput;
        Assert.Contains("Nomor HP itu tidak dikenali", output);
        Assert.Contains("Contoh: 0812 3456 7890", output);
        Assert.Contains("• Nomor HP: +6281234567890", output);
        Assert.Contains("• Kelurahan: Tinalan (Kec. Pesantren)", output);
        Assert.Contains("✅ Terima kasih, Siti Aminah!", output);
    }

    [Fact]
    public async Task AdminSwitch_MakesTheLocalUserAnAdmin_AndOnlyThen()
    {
        using var seller = BotProcess.Start(Environment(), "/bantuan\n/pertanyaan\n");
        await seller.WaitForExitAsync(TimeSpan.FromSeconds(60));
        using var admin = BotProcess.Start(Environment(), "/bantuan\n/pertanyaan\n", "--admin");
        await admin.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.DoesNotContain("Perintah petugas", seller.StandardOutput);
        Assert.Contains("Maaf, perintah ini khusus petugas", seller.StandardOutput);
        Assert.Contains("Perintah petugas", admin.StandardOutput);
        Assert.Contains("/pertanyaan", admin.StandardOutput);
        Assert.Contains("Tidak ada pertanyaan yang menunggu jawaban", admin.StandardOutput);
    }

    [Fact]
    public async Task MyData_WritesTheJsonFileUnderTheDataFolder_AndPrintsItsPath()
    {
        var script = string.Join('\n',
            "/profil", "Siti Aminah", "Tahu Takwa Bu Siti", "1", "1", "tinalan", "0812-3456-7890", "lewati", "1", "1", "/datasaya") + "\n";
        using var bot = BotProcess.Start(Environment(), script);

        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        var line = Assert.Single(bot.StandardOutput.Split('\n'), l => l.Contains("[berkas]", StringComparison.Ordinal));
        var path = line[(line.IndexOf("] ", StringComparison.Ordinal) + 2)..].Trim();
        Assert.StartsWith(_temp.File("files"), path, StringComparison.Ordinal);
        Assert.Contains("\"ownerName\": \"Siti Aminah\"", await File.ReadAllTextAsync(path));
    }

    public void Dispose() => _temp.Dispose();

    private Dictionary<string, string> Environment() => new()
    {
        ["Storage__DatabasePath"] = _temp.File("bot.db"),
    };
}
