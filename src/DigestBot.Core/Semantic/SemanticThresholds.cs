namespace DigestBot.Semantic;

/// <summary>
/// How close is close, for the shipped model (all-MiniLM-L6-v2, title + 128 tokens), calibrated on judged data: over
/// every (question, paper) pair of the seed collection's judgments (tests/fixtures/relevance), the cosine similarity
/// at which counting pairs at or above it as matches gives the best F1 against the judgments; likewise over every pair
/// of judged papers, related when they answer a common question. Measured by the bench's <c>relevance --models</c>
/// (docs/performance.md gives the figures, and those of the public collection beside them).
/// </summary>
public static class SemanticThresholds
{
    /// <summary>A question or topic (<c>about:</c>, and a paper found by meaning alone in a search): best F1 at 0.507 (precision 0.74, recall 0.48).</summary>
    public const float About = 0.50f;

    /// <summary>
    /// How near a paper must be for a question to show it by meaning alone when it is not close (<see cref="About"/>):
    /// the nearest papers below it are about something else (a question on protein folding over machine-learning papers
    /// finds them at 0.10–0.16). Over the judged (question, paper) pairs of the seed collection, Cranfield and CISI, 95%
    /// of the related pairs are at or above 0.215, 0.209 and 0.176, and 32–53% of the unrelated ones below those.
    /// </summary>
    public const float Near = 0.20f;

    /// <summary>A paper like a seed paper (<c>like:</c>): best F1 at 0.474 (precision 0.68, recall 0.58).</summary>
    public const float Like = 0.47f;
}
