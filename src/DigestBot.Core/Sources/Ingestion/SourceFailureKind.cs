namespace DigestBot.Sources;

/// <summary>The kinds of poll failure that are told apart in the log.</summary>
public enum SourceFailureKind
{
    /// <summary>Name resolution failed or no route: the machine may have no network at all.</summary>
    NoNetwork,

    /// <summary>The host answered the connection attempt with a refusal: nothing listens there.</summary>
    Refused,

    /// <summary>No answer in time.</summary>
    TimedOut,

    /// <summary>The connection broke before a full answer.</summary>
    Dropped,

    /// <summary>The TLS handshake failed (certificate, protocol).</summary>
    Tls,

    /// <summary>The server answered with an error status: the network works.</summary>
    Http,

    /// <summary>Anything else, such as a document that could not be read.</summary>
    Other,
}
