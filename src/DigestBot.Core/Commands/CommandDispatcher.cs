using DigestBot.Configuration;
using DigestBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Commands;

/// <summary>
/// The one pipeline every transport calls: find the command, check its options and cooldown, run the handler, and turn
/// bad input and failures into a <see cref="Reply"/> with one log line, never an exception to the caller.
/// </summary>
public sealed class CommandDispatcher(
    IEnumerable<CommandRegistration> registrations,
    ILogger<CommandDispatcher> logger,
    CommandCooldowns? cooldowns = null)
{
    private readonly Dictionary<string, CommandRegistration> _byName =
        registrations.ToDictionary(r => r.Definition.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<CommandDefinition> Definitions =>
        [.. _byName.Values.Select(r => r.Definition).OrderBy(d => d.Name, StringComparer.Ordinal)];

    /// <summary>What the CLI and the prompt offer.</summary>
    public IReadOnlyList<CommandDefinition> LocalDefinitions => [.. Definitions.Where(d => !d.DiscordOnly && !d.Hidden)];

    /// <summary>What Discord offers as slash commands (and buttons may run).</summary>
    public IReadOnlyList<CommandDefinition> DiscordDefinitions => [.. Definitions.Where(d => !d.LocalOnly)];

    /// <summary>
    /// Whether the command's input is refused before any data is read: the options against the definition, then the
    /// definition's <see cref="CommandDefinition.CheckInput"/>. The refusal, or null when the input may go on.
    /// </summary>
    public Reply? CheckInput(string name, IReadOnlyDictionary<string, object> options, CommandOrigin origin)
    {
        if (!_byName.TryGetValue(name, out var registration))
        {
            return Reply.Invalid($"unknown command '{name}': try help");
        }

        try
        {
            Check(new CommandRequest(registration.Definition, options, origin));
            return null;
        }
        catch (CommandInputException e)
        {
            return Reply.Invalid(e.Message, e.Option);
        }
    }

    public async Task<Reply> DispatchAsync(
        string name,
        IReadOnlyDictionary<string, object> options,
        CommandOrigin origin,
        CancellationToken cancellationToken,
        IProgress<string>? progress = null)
    {
        if (!_byName.TryGetValue(name, out var registration))
        {
            return Reply.Invalid($"unknown command '{name}': try help");
        }

        var definition = registration.Definition;
        try
        {
            // Input refused for its form starts no cooldown: a member who mistyped a query may send it again at once.
            var request = new CommandRequest(definition, options, origin);
            Check(request);
            if (cooldowns?.TryBegin(definition, origin) is { } tooSoon)
            {
                return tooSoon;
            }

            var handler = registration.Handler();
            return await handler.HandleAsync(progress is null ? request : request with { Progress = progress }, cancellationToken);
        }
        catch (CommandInputException e)
        {
            return Reply.Invalid(e.Message, e.Option);
        }
        catch (StartupException e)
        {
            return Reply.Failure(e.Message);
        }
        catch (OptionsValidationException e)
        {
            // A setting the command reads is wrong (a one-shot command reads settings only when it needs them): the
            // configuration's one line, as the bot's start says it, and bad input (exit code 2) rather than a failure.
            return Reply.Invalid($"digestbot: {ConfigurationError.Describe(e)}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            if (origin.RequestId is { } request)
            {
                logger.LogError(e, "Command {Command} from {Transport} (request {Request}) failed", definition.Name, origin.Transport, request);
            }
            else
            {
                logger.LogError(e, "Command {Command} from {Transport} failed", definition.Name, origin.Transport);
            }

            return Reply.Failure($"{definition.Name} failed: {e.Message}");
        }
    }

    /// <summary>The options against the definition, then its <see cref="CommandDefinition.CheckInput"/>.</summary>
    /// <exception cref="CommandInputException">The input is refused.</exception>
    private static void Check(CommandRequest request)
    {
        CommandOptionValidator.Validate(request.Command, request.Options);
        request.Command.CheckInput?.Invoke(request);
    }
}
