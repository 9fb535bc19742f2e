using Bot.Core.Profiles;

namespace Bot.Core.Tests.Profiles;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("0812-3456-7890", "+6281234567890")]
    [InlineData("+62 812 3456 7890", "+6281234567890")]
    [InlineData("6281234567890", "+6281234567890")]
    [InlineData("(0812) 345 678", "+62812345678")]
    [InlineData("0857.1111.2222", "+6285711112222")]
    [InlineData(" 0896 1234 5678 ", "+6289612345678")]
    [InlineData("+62-813-1234-5678", "+6281312345678")]
    public void TryNormalise_IndonesianMobileNumber_GivesE164(string input, string expected)
    {
        Assert.True(PhoneNumbers.TryNormalise(input, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0212345678")]
    [InlineData("(0354) 682 955")]
    [InlineData("+6591234567")]
    [InlineData("08123")]
    [InlineData("0812345678901234")]
    [InlineData("0812-3456-789O")]
    [InlineData("nomor saya 0812")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryNormalise_NotAnIndonesianMobileNumber_IsRefused(string? input)
    {
        Assert.False(PhoneNumbers.TryNormalise(input, out var e164));
        Assert.Equal(string.Empty, e164);
    }
}
