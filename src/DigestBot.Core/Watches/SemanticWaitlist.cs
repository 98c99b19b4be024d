using DigestBot.Papers;
using DigestBot.Semantic;

namespace DigestBot.Watches;

/// <summary>
/// Papers that semantic watches (<c>like:</c>, <c>about:</c>) wait on: embedded before any other, then matched by
/// <see cref="SemanticPercolator"/>. Shared by both percolators, so neither needs the other to say so.
/// </summary>
public sealed class SemanticWaitlist(SemanticIndex index, EmbeddingQueue queue)
{
    /// <summary>Whether semantic watches are matched at all here (off: they are left out, as when no vectors exist).</summary>
    public bool Enabled => index.Enabled;

    public void Add(IEnumerable<Paper> papers)
    {
        foreach (var paper in papers)
        {
            queue.Add(paper.Id, PaperText.WindowDate(paper), urgent: true);
        }
    }
}
