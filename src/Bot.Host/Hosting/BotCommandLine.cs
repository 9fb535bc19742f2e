namespace Bot.Host.Hosting;

/// <summary>The bot's own switches, taken out before the rest goes to the host's configuration.</summary>
public sealed record BotCommandLine(string[] HostArgs, bool LocalAdmin)
{
    public static BotCommandLine Parse(string[] args)
    {
        var admin = args.Any(a => a is "--admin" or "-admin");
        return new BotCommandLine([.. args.Where(a => a is not ("--admin" or "-admin"))], admin);
    }
}
