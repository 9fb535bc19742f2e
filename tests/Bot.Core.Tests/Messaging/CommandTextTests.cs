using Bot.Core.Messaging;

namespace Bot.Core.Tests.Messaging;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("/daftar@UmkmBot 12", "daftar", "12")]
    [InlineData("/START", "start", "")]
    [InlineData("  /bahasa   en  ", "bahasa", "en")]
    [InlineData("/profil", "profil", "")]
    [InlineData("/tanya ekspor ke\nMalaysia", "tanya", "ekspor ke\nMalaysia")]
    [InlineData("/batal@UmkmBot", "batal", "")]
    public void TryParse_Command_SplitsNameAndArguments(string text, string name, string arguments)
    {
        Assert.True(CommandText.TryParse(text, out var command));
        Assert.Equal(name, command.Name);
        Assert.Equal(arguments, command.Arguments);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/ daftar")]
    [InlineData("/12")]
    [InlineData("hello")]
    [InlineData("kirim ke /profil")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotACommand_ReturnsFalse(string? text)
    {
        Assert.False(CommandText.TryParse(text, out _));
    }
}
