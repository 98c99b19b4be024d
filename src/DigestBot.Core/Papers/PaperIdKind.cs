namespace DigestBot.Papers;

/// <summary>What a <see cref="PaperId"/> is anchored on, in order of preference when records merge.</summary>
public enum PaperIdKind
{
    /// <summary>An arXiv identifier, new (<c>2412.13795</c>) or old style (<c>math/0611800</c>).</summary>
    Arxiv,

    /// <summary>A DOI that is not arXiv's own DataCite DOI, lower-cased.</summary>
    Doi,

    /// <summary>A key derived from a source's guid or link, for papers with neither of the above.</summary>
    Source,
}
