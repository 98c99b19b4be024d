namespace DigestBot.Discord.Gateway;

/// <summary>What the client does after a connection: stop, stop for good, resume the session, or identify anew.</summary>
internal enum ConnectionEnd
{
    Stopped,
    Fatal,
    Resume,
    NewSession,
}
