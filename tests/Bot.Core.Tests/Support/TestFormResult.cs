namespace Bot.Core.Tests.Support;

/// <summary>What <see cref="TestForm"/> stores when its summary is confirmed.</summary>
public sealed class TestFormResult
{
    public int Id { get; set; }

    public string ChatId { get; set; } = string.Empty;

    public Dictionary<string, string> Values { get; set; } = [];
}
