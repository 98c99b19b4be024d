namespace DigestBot.Semantic;

/// <summary><c>DigestBot:Semantic</c>: search and watches by meaning, with an embedding model run in-process.</summary>
public sealed class SemanticOptions
{
    public const string Section = "DigestBot:Semantic";

    /// <summary>Off: no vectors are made, search is by keyword only, Similar uses shared words, semantic watches are refused.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Which papers get vectors in the background: those published within this window (<c>1y</c>, <c>6m</c>, <c>30d</c>,
    /// a date <c>2024-01-01</c>) or <c>all</c>. Any other paper a command touches is embedded when it is touched, and
    /// <c>embed --all</c> embeds the rest.
    /// </summary>
    public string Since { get; set; } = "1y";

    /// <summary>Cores the background embedding may use (the <c>embed</c> command uses every core).</summary>
    public int Threads { get; set; } = 1;
}
