namespace DigestBot.Commands;

/// <summary>Makes (or returns) a command's handler when the command runs. Not a <c>Func</c>: a handler interface with static members cannot be a type argument.</summary>
public delegate ICommandHandler CommandHandlerFactory();
