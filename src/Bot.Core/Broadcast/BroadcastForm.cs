using Bot.Core.Conversations;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;

namespace Bot.Core.Broadcast;

/// <summary>
/// /broadcast: the message (text, or a photo with its caption), the audience and, for some audiences, which
/// program / session / state. Saving makes a draft: the admin sees the message exactly as recipients will, with
/// the number of recipients, and sends it with one more press.
/// </summary>
public sealed class BroadcastForm(BroadcastService broadcasts) : FormDefinition
{
    public const string FormName = "broadcast";
    private const int PreviewLength = 300;

    public override string Name => FormName;

    public override string TitleKey => "broadcast.title";

    public override IReadOnlyList<FormField> Fields => field ??=
    [
        new()
        {
            Key = "message", PromptKey = "broadcast.message.prompt", LabelKey = "broadcast.message.label", ExampleKey = "broadcast.message.example",
            Parse = ParseMessage,
            Display = (value, context) => Preview(BroadcastContent.Decode(value), context),
        },
        new()
        {
            Key = "audience", PromptKey = "broadcast.audience.prompt", LabelKey = "broadcast.audience.label", ChoicesPerRow = 1,
            ChoicesFrom = _ => [.. broadcasts.Audiences.Select(a => new Choice(a.Key, a.LabelKey))],
        },
        new()
        {
            Key = "parameter", PromptKey = "broadcast.parameter.prompt", LabelKey = "broadcast.parameter.label", ChoicesPerRow = 1,
            SkipWhen = values => broadcasts.Audience(values.GetValueOrDefault("audience"))?.ParameterPromptKey is null,
            ChoicesFrom = context => AudienceOf(context)?.ParameterChoices(context) ?? [],
            PromptArgs = context => [AudienceOf(context)?.ParameterPromptKey is { } key ? context.T[key] : string.Empty],
            Parse = ParseParameter,
        },
    ];

    public override void Complete(UpdateContext context, IReadOnlyDictionary<string, string> values)
    {
        var t = context.T;
        var content = BroadcastContent.Decode(values["message"]);
        var audience = broadcasts.Audience(values["audience"]);
        if (audience is null)
        {
            context.Reply(MainMenu.Message(t, t["broadcast.audience_gone"]));
            return;
        }

        var parameter = values.GetValueOrDefault("parameter");
        var (recipients, skipped) = broadcasts.Recipients(context.Session, audience, parameter);
        if (recipients.Count == 0)
        {
            context.Reply(MainMenu.Message(t, t["broadcast.no_recipients"]));
            return;
        }

        var parameterLabel = parameter is null ? null : audience.ParameterChoices(context).FirstOrDefault(c => c.Value == parameter)?.Label(t) ?? parameter;
        var update = context.Update;
        var run = new BroadcastRun
        {
            Status = BroadcastStatus.Draft,
            AdminPlatform = update.Platform,
            AdminChatId = update.ChatId,
            AdminUserId = update.SenderId,
            AdminLanguage = context.Conversation.Language,
            Text = content.Text,
            PhotoFileId = content.PhotoFileId,
            AudienceKey = audience.Key,
            AudienceParameter = parameter,
            AudienceLabel = parameterLabel is null ? t[audience.LabelKey] : $"{t[audience.LabelKey]} — {parameterLabel}",
            Total = recipients.Count,
            SkippedBlocked = skipped,
            CreatedUtc = context.NowUtc,
        };
        BroadcastStore.Runs(context.Session.Database).Insert(run);
        context.Reply(BroadcastMessages.ForRecipient(t, run, update.Platform));
        context.Reply(new OutboundMessage
        {
            Text = t.Format("broadcast.preview", run.Id, run.AudienceLabel, run.Total, skipped),
            Buttons =
            [
                [new Button(t.Format("broadcast.send_button", run.Total), $"/{BroadcastSendCommand.Name} {run.Id}")],
                [new Button(t["broadcast.discard_button"], $"/{BroadcastCancelCommand.Name} {run.Id}")],
            ],
        });
    }

    private IBroadcastAudience? AudienceOf(UpdateContext context) => broadcasts.Audience(context.Conversation.Fields.GetValueOrDefault("audience"));

    /// <summary>
    /// The engine passes a matched choice through here (as its value); anything else typed is not a choice. The value
    /// is checked again because the choices come from data that may have changed since the buttons were drawn.
    /// </summary>
    private FieldResult ParseParameter(FieldInput input)
    {
        var choices = input.Context is { } c ? AudienceOf(c)?.ParameterChoices(c) ?? [] : [];
        if (choices.Count == 0)
        {
            return FieldResult.Invalid("broadcast.parameter.none");
        }

        return choices.Any(choice => choice.Value == input.Text) ? FieldResult.Ok(input.Text!) : FieldResult.Invalid("form.choose_button");
    }

    private static FieldResult ParseMessage(FieldInput input)
    {
        var update = input.Update;
        var text = input.Text?.Trim() ?? string.Empty;
        if (text.Length > BroadcastMessages.MaxText)
        {
            return FieldResult.Invalid("broadcast.message.too_long", BroadcastMessages.MaxText, text.Length);
        }

        return update.Kind switch
        {
            InboundKind.Photo when update.Files.Count > 0 => FieldResult.Ok(new BroadcastContent(text, update.Files[0].FileId).Encode()),
            InboundKind.Text when text.Length > 0 => FieldResult.Ok(new BroadcastContent(text).Encode()),
            InboundKind.Text => FieldResult.Invalid("form.text_expected"),
            _ => FieldResult.Invalid("broadcast.message.unsupported"),
        };
    }

    private static string Preview(BroadcastContent content, UpdateContext context)
    {
        var text = content.Text.Length > PreviewLength ? content.Text[..PreviewLength] + "…" : content.Text;
        return content.PhotoFileId is null ? text : context.T["broadcast.message.with_photo"] + (text.Length > 0 ? " " + text : string.Empty);
    }
}
