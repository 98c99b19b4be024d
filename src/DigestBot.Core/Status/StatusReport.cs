using DigestBot.Digests;
using DigestBot.Semantic;
using DigestBot.Sources;

namespace DigestBot.Status;

/// <summary>
/// <c>status --json</c>: <c>{"papers": n, "sources": [...], "channels": [...], "semantic": {...}}</c>.
/// </summary>
public sealed record StatusReport(int Papers, IReadOnlyList<SourceStatus> Sources, IReadOnlyList<ChannelStatus> Channels)
{
    /// <summary>How far the vectors of semantic search have got (see <see cref="SemanticStatus"/>).</summary>
    public SemanticStatus? Semantic { get; init; }
}
