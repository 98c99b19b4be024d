namespace DigestBot.FakeDiscord;

/// <summary>Where a message document is sent; rules differ a little (nonce, ephemeral, emptiness).</summary>
public enum FakeMessageKind
{
    Create,
    Edit,

    /// <summary>Interaction responses, original-response edits and follow-ups: the ephemeral flag is allowed.</summary>
    Interaction,
}
