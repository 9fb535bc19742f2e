using Bot.Core.Broadcast;
using Bot.Core.Conversations.Commands;
using Bot.Core.Conversations.Forms;
using Bot.Core.Privacy;
using Bot.Core.Storage;
using Bot.Core.Training.Admin;
using Bot.Core.Training.Broadcast;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Training;

public static class TrainingServiceCollectionExtensions
{
    /// <summary>Training sign-up: the catalogue, /daftar, /jadwalku, reminders and the admin commands.</summary>
    public static IServiceCollection AddTraining(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TrainingOptions>(configuration, TrainingOptions.Section);
        services.AddSingleton<ISchemaStep, TrainingSchema>();
        services.AddSingleton<ISchemaStep, TrainingSeatIndex>();
        services.AddSingleton<ReminderJob>();
        services.AddHostedService<ReminderWorker>();
        services.AddSingleton<IPersonalDataSource, TrainingPersonalData>();
        services.AddSingleton<IBroadcastAudience, RegistrantsAudience>();

        services.AddSingleton<FormDefinition, SignUpForm>();
        services.AddSingleton<FormDefinition, ProgramForm>();
        services.AddSingleton<FormDefinition, SessionForm>();

        // Registration order is the order /bantuan lists them in.
        services.AddSingleton<IBotCommand, SignUpCommand>();
        services.AddSingleton<IBotCommand, MyScheduleCommand>();
        services.AddSingleton<IBotCommand, ProgramNewCommand>();
        services.AddSingleton<IBotCommand, ProgramEditCommand>();
        services.AddSingleton<IBotCommand>(new ProgramStatusCommand(TrainingCommands.CloseProgram, ProgramStatus.Closed));
        services.AddSingleton<IBotCommand>(new ProgramStatusCommand(TrainingCommands.CancelProgram, ProgramStatus.Cancelled));
        services.AddSingleton<IBotCommand, SessionNewCommand>();
        services.AddSingleton<IBotCommand, SessionEditCommand>();
        services.AddSingleton<IBotCommand>(new SessionStatusCommand(TrainingCommands.CloseSession, SessionStatus.Closed));
        services.AddSingleton<IBotCommand>(new SessionStatusCommand(TrainingCommands.CancelSession, SessionStatus.Cancelled));
        services.AddSingleton<IBotCommand, RegistrantsCommand>();
        services.AddSingleton<IBotCommand, AttendanceCommand>();
        services.AddSingleton<IBotCommand, ExportCommand>();
        return services;
    }
}
