namespace DigestBot.Summaries;

/// <summary>The occurrences of one candidate phrase while a paper is read: where, how often, in which spellings.</summary>
internal sealed class PhraseTally(int words, int firstPosition)
{
    private readonly Dictionary<string, int> _forms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _continuations = new(StringComparer.Ordinal);
    private int _title;
    private int _abstract;
    private bool _complete;

    /// <summary>
    /// A phrase at least once ended where its run of words ended (see <see cref="PhraseCandidates"/>), or, for several
    /// words, runs on into different words ("KV cache eviction", "KV cache size"): a unit that takes modifiers.
    /// </summary>
    public bool IsUnit => _complete || (words > 1 && _continuations.Count > 1);

    /// <summary>Counts one occurrence; <paramref name="next"/> is the key of the word it runs on into, null where it ends.</summary>
    public void Add(string form, bool inTitle, string? next)
    {
        if (inTitle)
        {
            _title++;
        }
        else
        {
            _abstract++;
        }

        if (next is null)
        {
            _complete = true;
        }
        else
        {
            _continuations.Add(next);
        }

        // The abstract's spelling wins over the title's: titles capitalise every word.
        _forms[form] = _forms.GetValueOrDefault(form) + (inTitle ? 1 : 3);
    }

    public PhraseCandidate ToCandidate(string key) =>
        new(key, _forms.MaxBy(f => f.Value).Key, words, _title, _abstract, firstPosition);
}
