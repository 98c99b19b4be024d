using DigestBot.Papers;
using DigestBot.Search;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index.Memory;
using Lucene.Net.Search;

namespace DigestBot.Watches;

/// <summary>
/// One paper as percolation sees it: which watch terms it has, at which positions (per field, as the search index
/// counts them, so phrases match exactly as they would there), and, built only on demand, the paper in a one-document
/// <see cref="MemoryIndex"/> for the queries positions cannot decide (wildcards, ranges). One per thread, reused
/// from paper to paper: the arrays are indexed by term number and cleared by stamping, not by writing.
/// </summary>
internal sealed class PaperTerms
{
    private readonly MemoryIndex _memory = new();
    private readonly List<int> _present = [];
    private readonly Dictionary<string, int> _fieldPositions = new(StringComparer.Ordinal);
    private int[] _stamps = [];
    private List<int>[] _positions = [];
    private int _stamp;
    private Paper? _paper;
    private bool _filled;

    private float[]? _similarities;
    private int _similaritiesAt;

    /// <summary>Whether the current paper's similarities to the semantic watches' seeds are known (it has a vector).</summary>
    public bool HasSimilarities => _similarities is not null;

    /// <summary>The current paper's similarity to seed <paramref name="seed"/> of the <see cref="SeedTable"/>.</summary>
    public float SimilarityTo(int seed) => _similarities![_similaritiesAt + seed];

    /// <summary>Where the current paper's similarities are (its row of <see cref="SeedTable.Similarities"/>); null when it has none.</summary>
    public void Similarities(float[]? rows, int at)
    {
        _similarities = rows;
        _similaritiesAt = at;
    }

    /// <summary>The watch terms of the current paper, each once.</summary>
    public IReadOnlyList<int> Present => _present;

    public bool Has(int term) => _stamps[term] == _stamp;

    /// <summary>Positions of a present term in its field, ascending.</summary>
    public List<int> Positions(int term) => _positions[term];

    public void Load(Paper paper, WatchTerms terms)
    {
        if (_stamps.Length < terms.Count)
        {
            Array.Resize(ref _stamps, terms.Count);
            Array.Resize(ref _positions, terms.Count);
        }

        _stamp++;
        _paper = paper;
        _filled = false;
        _present.Clear();
        _fieldPositions.Clear();
        foreach (var (name, value, tokenized) in PaperMemory.IndexedFields(paper))
        {
            if (terms.Field(name) is not { } lookup)
            {
                continue;
            }

            if (tokenized)
            {
                Tokens(name, value, lookup);
            }
            else if (lookup.TryGetValue(value, out var id))
            {
                Add(id, 0);
            }
        }
    }

    /// <summary>Runs a query the term numbers cannot decide on the paper's MemoryIndex, built on first need.</summary>
    public bool Search(Query query)
    {
        if (!_filled)
        {
            _memory.Reset();
            PaperMemory.Fill(_memory, _paper!);
            _filled = true;
        }

        return _memory.Search(query) > 0;
    }

    private void Tokens(string field, string value, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        // Like the index: positions run on across a field's values, with the analyser's gap between them.
        var position = _fieldPositions.TryGetValue(field, out var last) ? last + PaperAnalyzer.ForIndexing.GetPositionIncrementGap(field) : -1;
        using var tokens = PaperAnalyzer.ForIndexing.GetTokenStream(field, value);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (lookup.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var id))
            {
                Add(id, position);
            }
        }

        tokens.End();
        _fieldPositions[field] = position;
    }

    private void Add(int id, int position)
    {
        if (_stamps[id] != _stamp)
        {
            _stamps[id] = _stamp;
            (_positions[id] ??= []).Clear();
            _present.Add(id);
        }

        _positions[id].Add(position);
    }
}
