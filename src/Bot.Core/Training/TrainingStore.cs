using System.Globalization;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Training;

/// <summary>The training collections and the lookups the flows share. Indexes: <see cref="TrainingSchema"/>.</summary>
public static class TrainingStore
{
    public static ILiteCollection<TrainingProgram> Programs(ILiteDatabase database) =>
        database.GetCollection<TrainingProgram>("training_programs", BsonAutoId.Int32);

    public static ILiteCollection<TrainingSession> Sessions(ILiteDatabase database) =>
        database.GetCollection<TrainingSession>("training_sessions", BsonAutoId.Int32);

    public static ILiteCollection<Registration> Registrations(ILiteDatabase database) =>
        database.GetCollection<Registration>("training_registrations", BsonAutoId.Int64);

    public static ILiteCollection<TrainingProgram> Programs(BotDatabase database) => Programs(database.Raw);

    public static ILiteCollection<TrainingSession> Sessions(BotDatabase database) => Sessions(database.Raw);

    public static ILiteCollection<Registration> Registrations(BotDatabase database) => Registrations(database.Raw);

    /// <summary>A programme or session by the number admins and buttons use; null for anything else.</summary>
    public static int? ParseId(string? text) =>
        int.TryParse(text?.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static TrainingProgram? Program(BotDatabase database, string? id) =>
        ParseId(id) is { } n ? Programs(database).FindById(n) : null;

    public static TrainingSession? Session(BotDatabase database, string? id) =>
        ParseId(id) is { } n ? Sessions(database).FindById(n) : null;

    /// <summary>Every registration of a session, in sign-up order (the waitlist's order).</summary>
    public static List<Registration> OfSession(BotDatabase database, int sessionId) =>
        [.. Registrations(database).Find(Query.EQ(nameof(Registration.SessionId), sessionId)).OrderBy(r => r.Id)];

    public static List<Registration> OfSeller(BotDatabase database, string sellerId) =>
        [.. Registrations(database).Find(Query.EQ(nameof(Registration.SellerId), sellerId)).OrderBy(r => r.Id)];

    public static Registration? ByCode(BotDatabase database, string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : Registrations(database).FindOne(Query.EQ(nameof(Registration.Code), code.Trim().ToUpperInvariant()));

    /// <summary>Seats held in a session, counted from the seat index's keys (no registration is loaded): the sign-up form asks for every session it lists.</summary>
    public static int SeatsTaken(BotDatabase database, int sessionId) =>
        Registrations(database).Query()
            .Where(Query.EQ(nameof(Registration.SeatInSessionId), sessionId))
            .Select("$." + nameof(Registration.SeatInSessionId))
            .ToEnumerable()
            .Count();

    public static int SeatsLeft(BotDatabase database, TrainingSession session) => Math.Max(0, session.Capacity - SeatsTaken(database, session.Id));
}
