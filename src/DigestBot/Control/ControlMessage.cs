using DigestBot.Commands;

namespace DigestBot.Control;

/// <summary>
/// One line from the bot: a progress line of a slow command, or the final reply. The reply travels without its
/// <see cref="Reply.Data"/>, which comes as the JSON text <c>--json</c> prints (<see cref="Data"/>), so the CLI's
/// output is the same whether the bot ran the command or the CLI did.
/// </summary>
internal sealed record ControlMessage
{
    public string? Progress { get; init; }

    public Reply? Reply { get; init; }

    public string? Data { get; init; }
}
