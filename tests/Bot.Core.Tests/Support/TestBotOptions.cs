using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Support;

/// <summary>How a <see cref="TestBot"/> is composed: settings, extra registrations, which hosted services run.</summary>
public sealed class TestBotOptions
{
    /// <summary>Configuration keys as in appsettings.json ("Conversations:FormExpiry"…); the database path is set by the bot.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Registrations made before <c>AddBotCore</c>, on every (re)start.</summary>
    public List<Action<IServiceCollection>> Services { get; } = [];

    /// <summary>False keeps the <c>ConversationSweeper</c> from ticking when the clock is advanced.</summary>
    public bool RunSweeper { get; set; } = true;

    public TestBotOptions AddTestForm()
    {
        Services.Add(services =>
        {
            services.AddSingleton<FormDefinition, TestForm>();
            services.AddSingleton<IBotCommand, TestFormCommand>();
        });
        return this;
    }

    public TestBotOptions AddCommand(IBotCommand command)
    {
        Services.Add(services => services.AddSingleton(command));
        return this;
    }
}
