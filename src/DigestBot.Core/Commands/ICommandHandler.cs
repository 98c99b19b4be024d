namespace DigestBot.Commands;

/// <summary>
/// A command, implemented once for every transport. Handlers stay thin: they call a service and return a
/// <see cref="Reply"/>. The definition is static so the CLI and help can list commands without opening storage.
/// </summary>
public interface ICommandHandler
{
    static abstract CommandDefinition Definition { get; }

    ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken);
}
