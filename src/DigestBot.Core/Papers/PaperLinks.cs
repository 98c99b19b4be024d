namespace DigestBot.Papers;

/// <summary>Where to read a paper; each link is null when no source has told us.</summary>
public sealed record PaperLinks
{
    public static readonly PaperLinks None = new();

    /// <summary>The paper's page; an arXiv abs link always in its one form (<see cref="Sources.ArxivLinks.Canonical"/>),
    /// whether a parser or a record stored before that rule sets it.</summary>
    public string? Abs { get; init => field = Sources.ArxivLinks.Canonical(value); }

    /// <summary>The PDF; an arXiv PDF link always in its one form, as <see cref="Abs"/>.</summary>
    public string? Pdf { get; init => field = Sources.ArxivLinks.Canonical(value); }

    public string? Hf { get; init; }

    public string? Code { get; init; }

    public string? Project { get; init; }

    /// <summary>Each link from <paramref name="preferred"/> when it has one, else from <paramref name="other"/>.</summary>
    public static PaperLinks Merge(PaperLinks preferred, PaperLinks other) => new()
    {
        Abs = preferred.Abs ?? other.Abs,
        Pdf = preferred.Pdf ?? other.Pdf,
        Hf = preferred.Hf ?? other.Hf,
        Code = preferred.Code ?? other.Code,
        Project = preferred.Project ?? other.Project,
    };
}
