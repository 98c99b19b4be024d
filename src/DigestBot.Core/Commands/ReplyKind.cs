namespace DigestBot.Commands;

/// <summary>How a command ended; the CLI maps it to exit codes 0, 2 and 1.</summary>
public enum ReplyKind
{
    Ok,

    /// <summary>The user's input was wrong or named something that does not exist.</summary>
    Invalid,

    /// <summary>Something failed on our side.</summary>
    Failure,
}
