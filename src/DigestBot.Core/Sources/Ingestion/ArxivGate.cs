using Microsoft.Extensions.Options;

namespace DigestBot.Sources;

/// <summary>The process-wide <see cref="PolitenessGate"/> every request to arXiv goes through.</summary>
public sealed class ArxivGate(IOptions<SourcesOptions> options, TimeProvider time)
{
    public PolitenessGate Gate { get; } = new(options.Value.ArxivRequestInterval, time);
}
