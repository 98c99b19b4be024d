namespace DigestBot.Sources;

/// <summary>A poll that could not get a usable document; the message is the one line recorded as the source's last error.</summary>
public sealed class SourceFetchException(string message, Exception? inner = null, SourceFailure? failure = null) : Exception(message, inner)
{
    /// <summary>Why, in plain words, for the log line about the failed poll.</summary>
    public SourceFailure Failure { get; } = failure ?? SourceFailure.Other(message);
}
