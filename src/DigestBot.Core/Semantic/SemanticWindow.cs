using DigestBot.Search;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

/// <summary>Which papers get vectors in the background: those dated (<see cref="PaperText.WindowDate"/>) within <see cref="SemanticOptions.Since"/> of now.</summary>
public sealed class SemanticWindow(IOptions<SemanticOptions> options, TimeProvider time)
{
    /// <summary>The first instant inside the window; null when every paper is in it.</summary>
    public DateTimeOffset? Start =>
        string.Equals(options.Value.Since, "all", StringComparison.OrdinalIgnoreCase) ? null : SinceOption.Parse(options.Value.Since, time.GetUtcNow());

    /// <summary>The test for one batch of papers (the window's start is read once).</summary>
    public Func<long, bool> Test()
    {
        var start = Start?.ToUnixTimeSeconds() ?? long.MinValue;
        return date => date >= start;
    }
}
