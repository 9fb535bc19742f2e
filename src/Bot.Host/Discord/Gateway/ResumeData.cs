namespace Bot.Host.Discord.Gateway;

internal sealed record ResumeData(string Token, string SessionId, long Seq)
{
    public override string ToString() => $"RESUME seq={Seq}";
}
