namespace Bot.Host.Discord.Gateway;

internal sealed record IdentifyProperties(string Os, string Browser, string Device)
{
    private const string LibraryName = "umkm-kediri-bot";

    public static IdentifyProperties Current { get; } = new(
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux",
        LibraryName,
        LibraryName);
}
