using DigestBot.Search;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

/// <summary>Which papers get vectors in the background: those published within <see cref="SemanticOptions.Since"/> of now.</summary>
public sealed class SemanticWindow(IOptions<SemanticOptions> options, TimeProvider time)
{
    /// <summary>The first published instant inside the window; null when every paper is in it.</summary>
    public DateTimeOffset? Start =>
        string.Equals(options.Value.Since, "all", StringComparison.OrdinalIgnoreCase) ? null : SinceOption.Parse(options.Value.Since, time.GetUtcNow());

    public bool Contains(long published) => Start is not { } start || published >= start.ToUnixTimeSeconds();
}
