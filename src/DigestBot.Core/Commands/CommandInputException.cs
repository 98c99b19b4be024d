namespace DigestBot.Commands;

/// <summary>
/// Bad input from the user: its message is shown as is (CLI exit code 2, ephemeral in Discord). <see cref="Option"/>
/// names the command's option the refusal is about (<c>query</c>, <c>name</c>), null when it is about the input as a
/// whole (the channel's limit, a cooldown): a form shows the refusal beside that field (<see cref="Reply.Option"/>).
/// </summary>
public sealed class CommandInputException(string message, string? option = null) : Exception(message)
{
    public string? Option { get; } = option;
}
