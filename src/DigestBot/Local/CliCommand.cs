using System.CommandLine;
using DigestBot.Commands;

namespace DigestBot.Local;

/// <summary>A System.CommandLine command built from a <see cref="CommandDefinition"/>, so an error can show its usage.</summary>
internal sealed class CliCommand(string name, CommandDefinition definition) : Command(name, definition.Description)
{
    public CommandDefinition Definition { get; } = definition;
}
