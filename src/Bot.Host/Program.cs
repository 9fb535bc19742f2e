using Bot.Host.Hosting;

return await BotApp.RunAsync(args).ConfigureAwait(false);
