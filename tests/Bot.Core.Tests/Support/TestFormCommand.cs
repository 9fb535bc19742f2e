using Bot.Core.Admin;
using Bot.Core.Conversations;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;

namespace Bot.Core.Tests.Support;

/// <summary>/uji opens <see cref="TestForm"/>.</summary>
public sealed class TestFormCommand(FormEngine forms) : IBotCommand
{
    public IReadOnlyList<string> Names { get; } = [TestForm.FormName];

    public string DescriptionKey => "command.curation.description";

    public Role Requires => Role.Seller;

    public CommandKind Kind => CommandKind.StartsForm;

    public void Execute(UpdateContext context, string arguments) => forms.Start(context, TestForm.FormName);
}
