using System.Text.Json.Nodes;
using Bot.Core.Conversations;

namespace Bot.Core.Privacy;

/// <summary>
/// One feature's personal data about a person (UU PDP): what /datasaya shows and what /hapusdata erases. Each
/// feature registers its own (<c>services.AddSingleton&lt;IPersonalDataSource, XxxPersonalData&gt;()</c>).
/// Both run on the writer thread inside the batch transaction: no I/O, no waiting.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The section's name in the /datasaya document, e.g. "profile" or "training".</summary>
    string Section { get; }

    /// <summary>Everything stored about the person, or null when there is nothing.</summary>
    JsonNode? Export(WriterSession session, DataSubject subject);

    /// <summary>
    /// Deletes the person's personal data (names, phones, free text, photos in file storage). Records other
    /// people or statistics need (registrations, decisions) stay, anonymised: no name, phone, user or chat id.
    /// </summary>
    void Erase(WriterSession session, DataSubject subject);
}
