namespace DigestBot.Commands;

/// <summary>Bad input from the user: its message is shown as is (CLI exit code 2, ephemeral in Discord).</summary>
public sealed class CommandInputException(string message) : Exception(message);
