namespace DigestBot.Commands;

/// <summary>
/// A button under a reply: either a link (<see cref="Url"/>) or an action the bot handles (<see cref="Action"/>,
/// a short custom id). Terminals show links and skip actions.
/// </summary>
public sealed record ReplyButton(string Label)
{
    public string? Url { get; init; }

    public string? Action { get; init; }
}
