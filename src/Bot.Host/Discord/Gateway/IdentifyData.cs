namespace Bot.Host.Discord.Gateway;

internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties)
{
    public override string ToString() => $"IDENTIFY intents={Intents}";
}
