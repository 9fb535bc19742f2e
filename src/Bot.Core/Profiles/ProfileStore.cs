using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Profiles;

public static class ProfileStore
{
    public static ILiteCollection<SellerProfile> Collection(BotDatabase database) =>
        database.Raw.GetCollection<SellerProfile>("sellers");

    /// <summary>The profile by its key; null for none, also for the blank key of an erased person's records.</summary>
    public static SellerProfile? Find(BotDatabase database, string? key) => string.IsNullOrEmpty(key) ? null : Collection(database).FindById(key);
}
