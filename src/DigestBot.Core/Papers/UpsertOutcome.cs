namespace DigestBot.Papers;

/// <summary>What storing one paper did: the ingest counts (new, updated, unchanged) come from this.</summary>
public enum UpsertOutcome
{
    /// <summary>First seen: no record matched any of its keys.</summary>
    New,

    /// <summary>Merged into an existing record and changed it.</summary>
    Updated,

    /// <summary>Merged into an existing record that already held everything it carried.</summary>
    Unchanged,
}
