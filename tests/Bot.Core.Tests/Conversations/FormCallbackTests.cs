using System.Text;
using Bot.Core.Conversations.Forms;
using Bot.Core.Profiles;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Conversations;

public sealed class FormCallbackTests
{
    [Theory]
    [InlineData(1, 0, FormCallback.Choose, "kuliner")]
    [InlineData(17, FormCallback.SummaryPosition, FormCallback.Save, "")]
    [InlineData(17, FormCallback.SummaryPosition, FormCallback.Edit, "6")]
    [InlineData(int.MaxValue, 99, FormCallback.Choose, "Kampung Dalem")]
    [InlineData(3, 4, FormCallback.Choose, "a:b:c")]
    [InlineData(0, 2, FormCallback.Back, "")]
    public void Callback_ToStringThenTryParse_GivesTheSameCallback(int nonce, int position, char action, string argument)
    {
        var callback = new FormCallback(nonce, position, action, argument);

        Assert.True(FormCallback.TryParse(callback.ToString(), out var parsed));
        Assert.Equal(callback, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/profil")]
    [InlineData("f:1:2")]
    [InlineData("g:1:2:v")]
    [InlineData("f:x:2:v")]
    [InlineData("f:1:y:v")]
    [InlineData("f:1:2:vv")]
    [InlineData("f:1:2::")]
    public void TryParse_NotFormData_ReturnsFalse(string data)
    {
        Assert.False(FormCallback.TryParse(data, out _));
    }

    [Fact]
    public void Callback_WithTheLargestNonceAndLongestChoice_FitsInTelegramsSixtyFourBytes()
    {
        var values = ProfileForm.ProfileFields.Concat(new TestForm().Fields).SelectMany(f => f.Choices).Select(c => c.Value)
            .Concat(KelurahanList.All.Select(k => k.Name));

        foreach (var value in values)
        {
            var data = new FormCallback(int.MinValue, 999, FormCallback.Choose, value).ToString();
            Assert.True(Encoding.UTF8.GetByteCount(data) <= 64, $"'{data}' is longer than 64 bytes");
        }
    }

    [Fact]
    public void Registry_AChoiceValueTooLongForButtonData_IsRefusedAtStart()
    {
        var form = new LongChoiceForm();

        var error = Assert.Throws<InvalidOperationException>(() => new FormRegistry([form]));

        Assert.Contains("too long", error.Message);
    }

    private sealed class LongChoiceForm : FormDefinition
    {
        public override string Name => "panjang";

        public override string TitleKey => "profile.title";

        public override IReadOnlyList<FormField> Fields { get; } =
        [
            new() { Key = "x", PromptKey = "profile.sector.prompt", LabelKey = "profile.sector.label", Choices = [new(new string('v', 60), "sector.lain")] },
        ];

        public override void Complete(Bot.Core.Conversations.UpdateContext context, IReadOnlyDictionary<string, string> values)
        {
        }
    }
}
