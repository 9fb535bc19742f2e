namespace Bot.Core.Training.Admin;

/// <summary>The admin commands' names, shared by the commands and the buttons that lead to them.</summary>
public static class TrainingCommands
{
    public const string NewProgram = "program_baru";
    public const string EditProgram = "program_ubah";
    public const string CloseProgram = "program_tutup";
    public const string CancelProgram = "program_batal";
    public const string NewSession = "sesi_baru";
    public const string EditSession = "sesi_ubah";
    public const string CloseSession = "sesi_tutup";
    public const string CancelSession = "sesi_batal";
    public const string Registrants = "peserta";
    public const string Attendance = "hadir";
    public const string Export = "unduh_peserta";
}
