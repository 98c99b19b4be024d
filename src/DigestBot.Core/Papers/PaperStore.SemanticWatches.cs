namespace DigestBot.Papers;

/// <summary>Announcements waiting for the semantic watches (see <see cref="Announcement.SemanticPending"/>).</summary>
public sealed partial class PaperStore
{

    /// <summary>Announcements the semantic watches have yet to be matched against, oldest first.</summary>
    public IReadOnlyList<Announcement> SemanticPending(int limit) =>
        [.. StoredAnnouncements.Query().Where("$.SemanticPending = true").OrderBy(a => a.QueuedAt).Limit(limit).ToList()];

    /// <summary>Marks announcements matched by the semantic watches; call inside the transaction that stores their deliveries.</summary>
    public void MarkSemanticPercolated(IEnumerable<Announcement> announcements)
    {
        foreach (var announcement in announcements)
        {
            StoredAnnouncements.Update(announcement with { SemanticPending = false });
        }
    }
}
