using DigestBot.Commands;
using DigestBot.Local;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigestBot.Tests.Local;

/// <summary>
/// The real prompt and dispatcher over the app's command definitions, with one handler that records what reached
/// it instead of running the command: what the prompt's parsing hands over is what is asserted.
/// </summary>
internal sealed class RecordingPrompt
{
    private readonly LocalPrompt _prompt;
    private readonly RecordingHandler _handler = new();

    public RecordingPrompt()
    {
        // Every definition the app registers, Discord's shapes too (/summary paper), as the bot's dispatcher has them.
        var registrations = AppCommands.Registrations().Select(r => new CommandRegistration(r.Definition, () => _handler)).ToList();
        _prompt = new LocalPrompt(new CommandDispatcher(registrations, NullLogger<CommandDispatcher>.Instance), new ConsoleGate(TextWriter.Null), new PromptInterrupt());
    }

    /// <summary>The command and options the last line handed to its handler, or null when none was run.</summary>
    public (string Command, IReadOnlyDictionary<string, object> Options)? Received => _handler.Received;

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string line)
    {
        _handler.Received = null;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await _prompt.ExecuteLineAsync(line, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The option value the handler received, or null.</summary>
    public object? Option(string name) => Received?.Options.GetValueOrDefault(name);

    private sealed class RecordingHandler : ICommandHandler
    {
        public static CommandDefinition Definition { get; } = new("recorded", "Records what reached it");

        public (string Command, IReadOnlyDictionary<string, object> Options)? Received { get; set; }

        public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        {
            Received = (request.Command.Name, request.Options);
            return ValueTask.FromResult(Reply.Message("recorded"));
        }
    }
}
