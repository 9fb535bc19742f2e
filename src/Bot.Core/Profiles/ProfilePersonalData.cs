using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Privacy;

namespace Bot.Core.Profiles;

/// <summary>The seller profile: exported whole, deleted whole (including the consent record, which dies with the data).</summary>
public sealed class ProfilePersonalData : IPersonalDataSource
{
    public string Section => "profile";

    public JsonNode? Export(WriterSession session, DataSubject subject) =>
        ProfileStore.Collection(session.Database).FindById(subject.Key) is { } profile ? PersonalData.ToNode(profile) : null;

    public void Erase(WriterSession session, DataSubject subject) =>
        ProfileStore.Collection(session.Database).Delete(subject.Key);
}
