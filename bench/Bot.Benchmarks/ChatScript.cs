using System.Globalization;
using Bot.Core.Conversations.Forms;
using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Benchmarks;

/// <summary>
/// What one simulated seller types to fill in /profil: the command, an answer to each question the form
/// asks (following its skip rules), and "simpan". The script is built from the form's own field list, so a
/// new choice or optional field is answered ("1" / "lewati") without a change here; a new free-text field
/// needs an answer added to <see cref="Answer"/>. Answers vary per chat so each saved profile can be checked.
/// </summary>
internal sealed class ChatScript(FormDefinition form)
{
    public const string Command = "/profil";
    public const string Save = "simpan";
    private const string Skip = "lewati";

    public static string ChatId(int chat) => "bench-" + chat.ToString(CultureInfo.InvariantCulture);

    public static InboundUpdate Update(int chat, string text, long updateId) => new()
    {
        Platform = Platform.Local,
        UpdateId = updateId.ToString(CultureInfo.InvariantCulture),
        ChatId = ChatId(chat),
        SenderId = ChatId(chat),
        SenderName = OwnerName(chat),
        LanguageCode = "id",
        Kind = InboundKind.Text,
        Text = text,
    };

    /// <summary>The messages chat <paramref name="chat"/> sends, in order, and the profile they must leave behind.</summary>
    public ChatPlan Plan(int chat)
    {
        var texts = new List<string> { Command };
        var values = new Dictionary<string, string>();
        foreach (var field in form.Fields)
        {
            if (field.SkipWhen?.Invoke(values) == true)
            {
                continue;
            }

            var (typed, stored) = Answer(field, chat);
            texts.Add(typed);
            if (stored is not null)
            {
                values[field.Key] = stored;
            }
        }

        texts.Add(Save);
        return new ChatPlan(chat, texts, values);
    }

    /// <summary>The average number of messages per chat (the answers differ by chat).</summary>
    public double AverageMessages() => Enumerable.Range(0, 12).Average(chat => Plan(chat).Texts.Count);

    /// <summary>What to type for a field, and the value the form stores for it (null when skipped).</summary>
    private static (string Typed, string? Stored) Answer(FormField field, int chat)
    {
        switch (field.Key)
        {
            case "owner":
                return (OwnerName(chat), OwnerName(chat));
            case "business":
                var business = "Keripik Tempe " + Number(chat);
                return (business, business);
            case "area":
                // Spread chats over the areas, so the form's follow-up questions are asked too.
                return ByNumber(field, (chat % Math.Max(1, field.Choices.Count)) + 1);
            case "kelurahan":
                return ("Bandar Lor", "Bandar Lor");
            case "area_other":
                return ("Kota Blitar", "Kota Blitar");
            case "phone":
                return ("0812" + Number(chat, 8), ExpectedPhone(chat)); // 0812 + 8 digits: a valid mobile number
            case "nib":
                return chat % 2 == 0 ? (Skip, null) : ("3578" + Number(chat, 9), "3578" + Number(chat, 9));
        }

        if (field.Choices.Count > 0)
        {
            return ByNumber(field, 1); // typed like a seller without buttons: the first choice (sector "kuliner", consent "Setuju")
        }

        if (field.Optional)
        {
            return (Skip, null);
        }

        throw new NotSupportedException(
            $"The {field.Key} question of the {Command} form is new to the benchmark: add an answer for it in ChatScript.Answer.");
    }

    private static (string Typed, string? Stored) ByNumber(FormField field, int number) =>
        (number.ToString(CultureInfo.InvariantCulture), field.Choices[number - 1].Value);

    private static string OwnerName(int chat) => "Bu Sari " + Number(chat);

    private static string ExpectedPhone(int chat) => "+62812" + Number(chat, 8);

    private static string Number(int chat, int digits = 1) =>
        chat.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

/// <param name="Values">The values the form should store, by field key (skipped fields absent).</param>
internal sealed record ChatPlan(int Chat, IReadOnlyList<string> Texts, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>True when the saved profile holds what this chat typed; otherwise <paramref name="difference"/> says what differs.</summary>
    public bool Matches(SellerProfile profile, out string difference)
    {
        var expected = new (string Field, string? Want, string? Got)[]
        {
            ("owner", Values.GetValueOrDefault("owner"), profile.OwnerName),
            ("business", Values.GetValueOrDefault("business"), profile.BusinessName),
            ("sector", Values.GetValueOrDefault("sector"), profile.Sector),
            ("phone", Values.GetValueOrDefault("phone"), profile.Phone),
            ("nib", Values.GetValueOrDefault("nib"), profile.Nib),
        };
        var wrong = expected.Where(e => e.Want != e.Got).Select(e => $"{e.Field} '{e.Got}' instead of '{e.Want}'").ToList();
        if (profile.ConsentVersion.Length == 0)
        {
            wrong.Add("no consent recorded");
        }

        difference = string.Join(", ", wrong);
        return wrong.Count == 0;
    }
}
