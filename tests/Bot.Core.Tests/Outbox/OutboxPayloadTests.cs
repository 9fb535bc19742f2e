using Bot.Core.Messaging;
using Bot.Core.Outbox;

namespace Bot.Core.Tests.Outbox;

public sealed class OutboxPayloadTests
{
    [Fact]
    public void Payload_RoundTrip_KeepsTextButtonsFilesAndEdit()
    {
        var message = new OutboundMessage
        {
            Text = "Halo 👋\nbaris dua",
            Buttons = [[new Button("✅ Benar, simpan", "f:3:-1:y")], [new Button("⬅️ Kembali", "f:3:2:b"), new Button("❌ Batal", "f:3:2:x")]],
            Files = [new OutboundFile { Kind = FileKind.Photo, StoredFileId = "photos/abc", Caption = "Foto 1" }],
            EditMessageId = "77",
        };

        var back = OutboxPayload.Deserialize(OutboxPayload.Serialize(message));

        Assert.Equal(message.Text, back.Text);
        Assert.Equal(message.EditMessageId, back.EditMessageId);
        Assert.Equal(message.Buttons.Select(r => r.ToList()), back.Buttons.Select(r => r.ToList()));
        Assert.Equal(message.Files, back.Files);
    }

    [Fact]
    public void Payload_OfAPlainMessage_LeavesOutWhatIsNotSet()
    {
        var json = OutboxPayload.Serialize(OutboundMessage.Plain("hai"));

        Assert.DoesNotContain("EditMessageId", json);
        Assert.Equal("hai", OutboxPayload.Deserialize(json).Text);
    }
}
