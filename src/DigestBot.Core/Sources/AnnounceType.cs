namespace DigestBot.Sources;

/// <summary>
/// Why an arXiv listing feed carries an item (<c>arxiv:announce_type</c>). Only <see cref="New"/> and
/// <see cref="Cross"/> are new papers; the replacements update a stored paper and are never announced.
/// </summary>
public enum AnnounceType
{
    /// <summary>First announcement; the feed's category is the paper's primary.</summary>
    New,

    /// <summary>A new paper cross-listed from another primary category (or a cross-list added later).</summary>
    Cross,

    /// <summary>A new version (v2–v5) of a paper whose primary is the feed's category.</summary>
    Replace,

    /// <summary>A new version of a cross-listed paper.</summary>
    ReplaceCross,
}
