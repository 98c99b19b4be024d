namespace DigestBot.Commands;

/// <summary>A command's definition and the handler type the dispatcher resolves when it runs.</summary>
public sealed record CommandRegistration(CommandDefinition Definition, Type HandlerType);
