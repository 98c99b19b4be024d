using DigestBot.Commands;

namespace DigestBot.Local;

/// <summary>A command parsed from a command line (CLI or prompt): typed option values and the <c>--json</c> flag.</summary>
public sealed record CliInvocation(CommandDefinition Definition, IReadOnlyDictionary<string, object> Options, bool Json);
