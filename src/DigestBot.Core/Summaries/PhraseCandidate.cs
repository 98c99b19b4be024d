namespace DigestBot.Summaries;

/// <summary>
/// One candidate key phrase of a paper. <see cref="Key"/> folds case, plurals and hyphens ("KV-caches" and
/// "KV cache" share it); <see cref="Text"/> is how the paper writes it, its acronyms intact.
/// </summary>
internal sealed record PhraseCandidate(string Key, string Text, int Words, int TitleCount, int AbstractCount, int FirstPosition)
{
    /// <summary>The words of <see cref="Key"/>, for containment between phrases.</summary>
    public string[] KeyWords => Key.Split(' ');

    /// <summary>Said more than once, or in the title: a phrase the paper is about rather than one it passes by.</summary>
    public bool Salient => TitleCount > 0 || AbstractCount > 1;
}
