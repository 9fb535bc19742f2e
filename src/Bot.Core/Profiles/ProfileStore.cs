using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Profiles;

public static class ProfileStore
{
    public static ILiteCollection<SellerProfile> Collection(BotDatabase database) =>
        database.Raw.GetCollection<SellerProfile>("sellers");
}
