using System.CommandLine;
using DigestBot.Commands;
using DigestBot.Configuration;
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
            if (CliFailure.Report(e) is { } code)
            {
                return code;
            }

            await Console.Error.WriteLineAsync($"digestbot: unexpected error: {ExceptionText.OneLine(e)}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<int> RunCoreAsync(string[] args, Func<CliSettings, IHost> buildHost)
    {
        var settings = CliSettings.Read(args);
        using var host = buildHost(settings);
        var dispatcher = host.Services.GetRequiredService<CommandDispatcher>();
        var words = CommandLineTokens.FromArguments(args);
        var root = CliRoot.Build(
            dispatcher.LocalDefinitions,
            words,
            (invocation, ct) => RunCommandAsync(host, settings, dispatcher, invocation, ct),
            ct => RunHostAsync(host, settings, ct));
        var parse = CliTree.Parse(root, words);
        if (CliParseErrors.Describe(parse, words, CliSurface.Shell) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return ExitCodes.BadInput;
        }

        // Signals belong to the host (graceful stop, exit 0), not to the parser.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
    }

    private static async Task<int> RunCommandAsync(
        IHost host, CliSettings settings, CommandDispatcher dispatcher, CliInvocation invocation, CancellationToken ct)
    {
        if (!invocation.Definition.UsesData)
        {
            return await CliCommandRunner.RunAsync(dispatcher, invocation, CommandOrigin.Cli, Console.Out, Console.Error, ct);
        }

        if (CheckSetup(host, settings) is { } bad)
        {
            return bad;
        }

        // Input refused for what it is (a query's syntax, a paper id's form, a limit out of range) is refused before the
        // data directory is created or opened, so it leaves none behind.
        if (CliCommandRunner.Refuse(dispatcher, invocation, Console.Out, Console.Error) is { } refused)
        {
            return refused;
        }

        // A running bot holds the data directory: the command runs there, over its control socket.
        var data = Path.GetFullPath(host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory);
        if (DataDirectory.IsHeld(data))
        {
            try
            {
                return await RunInterruptibleAsync(invocation, token => CliCommandRunner.RunInBotAsync(data, invocation, Console.Out, Console.Error, token), ct);
            }
            catch (ControlUnavailableException)
            {
                // A CLI command (an import, say) holds it, or a bot without a control socket: say what the lock says.
            }
        }

        if (ValidateOptions(host) is { } invalid)
        {
            return invalid;
        }

        if (OpenStorage(host, invocation.Definition) is { } failure)
        {
            return failure;
        }

        return await RunInterruptibleAsync(invocation, token => CliCommandRunner.RunAsync(dispatcher, invocation, CommandOrigin.Cli, Console.Out, Console.Error, token), ct);
    }

    /// <summary>
    /// Runs a command that uses the data directory with Ctrl+C and SIGTERM cancelling it: the command stops where it can
    /// (a long one says on its progress lines what it kept), one line says it was cancelled, and the exit code is the
    /// signal's (see <see cref="CommandInterrupt"/>).
    /// </summary>
    private static async Task<int> RunInterruptibleAsync(CliInvocation invocation, Func<CancellationToken, Task<int>> run, CancellationToken ct)
    {
        using var interrupt = CommandInterrupt.Begin(ct);
        try
        {
            return await run(interrupt.Token);
        }
        catch (OperationCanceledException) when (interrupt.ExitCode is { } code)
        {
            await Console.Error.WriteLineAsync($"digestbot: {invocation.Definition.Name} cancelled by {interrupt.Cause}");
            return code;
        }
    }

    /// <summary>
    /// Every setting's validation, before the bot starts and before a command run here opens the data directory: a
    /// command must not change anything and then fail on a setting it reads late (a watch stored, then the channel's
    /// default schedule found wrong), nor pass or fail depending on what the data directory already holds.
    /// </summary>
    private static int? ValidateOptions(IHost host)
    {
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
            return null;
        }
        catch (Exception e) when (CliFailure.Report(e) is { } code)
        {
            return code;
        }
    }

    private static async Task<int> RunHostAsync(IHost host, CliSettings settings, CancellationToken ct)
    {
        if (CheckSetup(host, settings) is { } bad)
        {
            return bad;
        }

        // Options first: the host would build its hosted services (some of which open storage) before it validates,
        // and a misconfigured bot must stop with its one line before touching the data directory.
        if (ValidateOptions(host) is { } invalid)
        {
            return invalid;
        }

        try
        {
            var fatal = host.Services.GetService<FatalStop>();
            await host.RunAsync(ct);

            // A transport that could not go on (Discord refused the token) stopped the host: its one line, exit 2.
            // (Read from the instance taken before: RunAsync disposes the host and its services.)
            if (fatal?.Reason is { } reason)
            {
                await Console.Error.WriteLineAsync($"digestbot: {reason}");
                return ExitCodes.BadInput;
            }

            return ExitCodes.Ok;
        }
        catch (Exception e) when (CliFailure.Report(e) is { } code)
        {
            return code;
        }
    }

    /// <summary>
    /// Before anything touches the data directory: <c>--data</c> must name a directory, and every configured value
    /// must read as its type (even in sections this command does not use: the configuration is broken either way); a
    /// key no setting reads is a warning, as at the bot's start.
    /// </summary>
    private static int? CheckSetup(IHost host, CliSettings settings)
    {
        if (settings.DataProblem() is { } problem)
        {
            Console.Error.WriteLine(problem);
            return ExitCodes.BadInput;
        }

        try
        {
            host.Services.GetRequiredService<ConfiguredSections>().ThrowIfInvalid();
            host.Services.GetRequiredService<ConfigurationWarnings>().WarnUnknown();
            return null;
        }
        catch (Exception e) when (CliFailure.Report(e) is { } code)
        {
            return code;
        }
    }

    /// <summary>
    /// Takes the lock and opens the database (not for <c>restore</c>, which must find the directory without one); on
    /// failure prints the one line and returns the exit code.
    /// </summary>
    private static int? OpenStorage(IHost host, CommandDefinition definition)
    {
        try
        {
            host.Services.GetRequiredService<DataDirectory>().Open();
            if (definition.UsesDatabase)
            {
                host.Services.GetRequiredService<Database>().Open();
            }

            return null;
        }
        catch (Exception e) when (CliFailure.Report(e) is { } code)
        {
            return code;
        }
    }
}
