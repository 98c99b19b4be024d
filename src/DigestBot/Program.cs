using DigestBot;
using DigestBot.Local;

return await DigestBotCli.RunAsync(args, cli => DigestBotHost.Build(cli));
