using System.CommandLine;
using DigestBot.Commands;
using DigestBot.Control;
using DigestBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Local;

/// <summary>
/// The <c>digestbot</c> executable: without a command it runs the bot; with one it runs that command against
/// the data directory and exits 0 (ok), 1 (failure) or 2 (bad usage or input), errors as one line on stderr.
/// </summary>
public static class DigestBotCli
{
    public static async Task<int> RunAsync(string[] args, Func<CliSettings, IHost> buildHost)
    {
        try
        {
            return await RunCoreAsync(args, buildHost);
        }
        catch (Exception e)
        {
            // The last resort: still one line and no stack trace.
            if (Fatal(e) is { } code)
            {
                return code;
            }

            await Console.Error.WriteLineAsync($"digestbot: unexpected error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<int> RunCoreAsync(string[] args, Func<CliSettings, IHost> buildHost)
    {
        var settings = CliSettings.Read(args);
        using var host = buildHost(settings);
        var dispatcher = host.Services.GetRequiredService<CommandDispatcher>();
        var root = CliTree.Build(
            dispatcher.LocalDefinitions,
            (invocation, ct) => RunCommandAsync(host, dispatcher, invocation, ct),
            r =>
            {
                r.Add(CliSettings.DataOption());
                r.Add(CliSettings.InteractiveOption());
                r.SetAction((_, ct) => RunHostAsync(host, ct));
            });

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"{parse.Errors[0].Message} (see digestbot --help)");
            return ExitCodes.BadInput;
        }

        // Signals belong to the host (graceful stop, exit 0), not to the parser.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
    }

    private static async Task<int> RunCommandAsync(IHost host, CommandDispatcher dispatcher, CliInvocation invocation, CancellationToken ct)
    {
        // A running bot holds the data directory: the command runs there, over its control socket.
        var data = Path.GetFullPath(host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory);
        if (DataDirectory.IsHeld(data))
        {
            try
            {
                return await CliCommandRunner.RunInBotAsync(data, invocation, Console.Out, Console.Error, ct);
            }
            catch (ControlUnavailableException)
            {
                // A CLI command (an import, say) holds it, or a bot without a control socket: say what the lock says.
            }
        }

        if (OpenStorage(host) is { } failure)
        {
            return failure;
        }

        return await CliCommandRunner.RunAsync(dispatcher, invocation, CommandOrigin.Cli, Console.Out, Console.Error, ct);
    }

    private static async Task<int> RunHostAsync(IHost host, CancellationToken ct)
    {
        try
        {
            // Options first: the host would build its hosted services (some of which open storage) before it
            // validates, and a misconfigured bot must stop with its one line before touching the data directory.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.RunAsync(ct);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (Fatal(e) is { } code)
        {
            return code;
        }
    }

    /// <summary>
    /// Takes the lock; on failure prints the one line and returns the exit code. The database opens when a command
    /// first needs it (<c>restore</c> must find the directory without one).
    /// </summary>
    private static int? OpenStorage(IHost host)
    {
        try
        {
            host.Services.GetRequiredService<DataDirectory>();
            return null;
        }
        catch (Exception e) when (Fatal(e) is { } code)
        {
            return code;
        }
    }

    private static int? Fatal(Exception e)
    {
        // The host wraps start-up failures of several services in an AggregateException.
        while (e is AggregateException { InnerExceptions: [var inner] })
        {
            e = inner;
        }

        var (message, code) = e switch
        {
            StartupException s => (s.Message, s.ExitCode),
            OptionsValidationException o => (string.Join("; ", o.Failures), ExitCodes.BadInput),
            _ => (null, 0),
        };
        if (message is null)
        {
            return null;
        }

        Console.Error.WriteLine($"digestbot: {message}");
        return code;
    }
}
