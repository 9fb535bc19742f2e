using System.Collections.Concurrent;
using System.Globalization;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Profiles;

namespace Bot.Benchmarks;

/// <summary>
/// The sellers of the "curation" scenario: each fills in /kurasi as a person does, waiting for the bot's reply to each
/// message, and sends its photos as one album (the updates arrive together). Photos are made when the seller sends
/// them and put on the fake file server (see <see cref="SellerPhotos"/>); a new seller waits while too many photos are
/// still waiting to be fetched: the fake's memory stays small and the bot's is what is measured.
/// </summary>
internal sealed class CurationSellers(SellerPhotos photos, Pipeline pipeline, CurationBenchOptions options)
{
    private static readonly string[] BeforePhotos =
        ["/kurasi", "{0}", "1", "Keripik tempe renyah dari kedelai lokal, 200 g", "25rb", "500 bungkus per bulan", "PIRT, halal"];

    private int _next = -1;
    private long _updateId;

    /// <summary>SHA-256 and length of every photo sent, by file id.</summary>
    public ConcurrentDictionary<string, (string Sha256, long Bytes)> Sent { get; } = new(StringComparer.Ordinal);

    public long Downloaded => photos.Served;

    public static string ChatId(int seller) => (700_000_000 + seller).ToString(CultureInfo.InvariantCulture);

    public static string ProductName(int seller) => "Keripik Tempe Sagu " + seller.ToString(CultureInfo.InvariantCulture);

    public static SellerProfile Profile(int seller, DateTime nowUtc) => new()
    {
        Id = SellerProfile.KeyOf(Platform.Telegram, ChatId(seller)),
        Platform = Platform.Telegram,
        UserId = ChatId(seller),
        ChatId = ChatId(seller),
        OwnerName = "Bu Siti " + seller.ToString(CultureInfo.InvariantCulture),
        BusinessName = "Tahu Takwa " + seller.ToString(CultureInfo.InvariantCulture),
        Sector = "kuliner",
        Area = ProfileForm.AreaCity,
        Kelurahan = "Bandar Lor",
        Phone = "+62814" + seller.ToString("D8", CultureInfo.InvariantCulture),
        ConsentUtc = nowUtc,
        ConsentVersion = "bench",
        CreatedUtc = nowUtc,
        UpdatedUtc = nowUtc,
    };

    /// <summary>Runs <see cref="CurationBenchOptions.ConcurrentSellers"/> sellers at a time until every submission is saved.</summary>
    public Task FeedAsync() =>
        Task.WhenAll(Enumerable.Range(0, options.ConcurrentSellers).Select(_ => Task.Run(async () =>
        {
            int seller;
            while ((seller = Interlocked.Increment(ref _next)) < options.Submissions)
            {
                await SubmitAsync(seller).ConfigureAwait(false);
            }
        })));

    private async Task SubmitAsync(int seller)
    {
        while (photos.Waiting + options.PhotosPerSubmission > options.PhotosAhead)
        {
            await Task.Delay(5).ConfigureAwait(false);
        }

        foreach (var text in BeforePhotos)
        {
            await SayAsync(seller, string.Format(CultureInfo.InvariantCulture, text, ProductName(seller))).ConfigureAwait(false);
        }

        var album = new List<Task>();
        for (var photo = 0; photo < options.PhotosPerSubmission; photo++)
        {
            var fileId = $"bench-photo-{seller}-{photo}";
            var sent = photos.Put(fileId, (seller * 8) + photo + 1);
            Sent[fileId] = sent;
            album.Add(await pipeline.EnqueueAsync(Update(seller, update => update with
            {
                Kind = InboundKind.Photo,
                MediaGroupId = "album-" + seller.ToString(CultureInfo.InvariantCulture),
                Files = [new InboundFile { Kind = FileKind.Photo, FileId = fileId, UniqueId = "u-" + fileId, Size = sent.Bytes, Width = options.PhotoSide, Height = options.PhotoSide }],
            }), CancellationToken.None).ConfigureAwait(false));
        }

        await Task.WhenAll(album).ConfigureAwait(false);
        await SayAsync(seller, "selesai").ConfigureAwait(false);
        await SayAsync(seller, "simpan").ConfigureAwait(false);
    }

    private async Task SayAsync(int seller, string text)
    {
        var committed = await pipeline.EnqueueAsync(Update(seller, update => update with { Text = text }), CancellationToken.None).ConfigureAwait(false);
        await committed.ConfigureAwait(false);
    }

    private InboundUpdate Update(int seller, Func<InboundUpdate, InboundUpdate> shape) => shape(new InboundUpdate
    {
        Platform = Platform.Telegram,
        UpdateId = Interlocked.Increment(ref _updateId).ToString(CultureInfo.InvariantCulture),
        ChatId = ChatId(seller),
        SenderId = ChatId(seller),
        SenderName = "Bu Siti",
        LanguageCode = "id",
    });
}
