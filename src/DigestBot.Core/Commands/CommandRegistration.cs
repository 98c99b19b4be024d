namespace DigestBot.Commands;

/// <summary>
/// A command's definition and how its handler is had when the command runs (made by the composition root, so a handler
/// and what it needs are made only for a command that is used).
/// </summary>
public sealed record CommandRegistration(CommandDefinition Definition, CommandHandlerFactory Handler);
