using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DigestBot.Search;

/// <summary>
/// Counts the papers holding an exact phrase, as a <see cref="PhraseQuery"/> with no slop matches them (estimating
/// past <see cref="DefaultBudget"/>), remembering where each word sits in every segment's terms dictionary for as long
/// as the reader lives. A digest's theme line
/// counts some 400 phrases of a few hundred distinct words; Lucene's phrase query looks every word up in every
/// segment again for each phrase, and those lookups were half of composing a digest (profile of the fan-out bench).
/// </summary>
internal sealed class PhraseCounter(int capacity = PhraseCounter.DefaultCapacity, int budget = PhraseCounter.DefaultBudget)
{
    /// <summary>Past this many words for one reader the table starts afresh, so a long-lived reader cannot grow it without end.</summary>
    internal const int DefaultCapacity = 100_000;

    /// <summary>
    /// How many papers of its rarest word a phrase's count walks at most. A phrase of common words ("language
    /// models" at 1M papers: some 200,000 papers hold "language") is counted in the same leading share of every
    /// segment and scaled up: an estimate within a few percent, where a count only feeds a logarithm (idf).
    /// </summary>
    internal const int DefaultBudget = 8_192;

    private Table _table = new(null);

    public int Count(IndexReader reader, PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        if (terms.Length == 0)
        {
            return 0;
        }

        var places = Places(reader, terms);
        var positions = phrase.GetPositions();

        // The share of each segment walked: all of it unless the rarest word's papers exceed the budget.
        var leading = reader.Leaves.Sum(leaf => places.Min(p => p.Frequencies[leaf.Ord]));
        var share = leading <= budget ? 1.0 : (double)budget / leading;
        var total = 0.0;
        foreach (var leaf in reader.Leaves)
        {
            var size = leaf.AtomicReader.MaxDoc;
            var end = share >= 1 ? size : Math.Clamp((int)Math.Ceiling(size * share), 1, size);
            total += CountIn(leaf, terms, positions, places, end) * ((double)size / end);
        }

        return (int)Math.Round(total);
    }

    /// <summary>Each word's term state in each segment (null where the segment lacks it), looked up once per reader.</summary>
    private TermPlaces[] Places(IndexReader reader, Term[] terms)
    {
        var table = Volatile.Read(ref _table);
        if (!ReferenceEquals(table.Reader, reader) || Volatile.Read(ref table.Added) >= capacity)
        {
            var fresh = new Table(reader);
            table = Interlocked.CompareExchange(ref _table, fresh, table) == table ? fresh : Volatile.Read(ref _table);
            if (!ReferenceEquals(table.Reader, reader))
            {
                return [.. terms.Select(t => Lookup(reader, t))]; // another reader is current now; do not mix the two
            }
        }

        var places = new TermPlaces[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var key = terms[i].Field + "\u0000" + terms[i].Text;
            if (!table.Places.TryGetValue(key, out var found))
            {
                found = Lookup(reader, terms[i]);
                if (table.Places.TryAdd(key, found))
                {
                    Interlocked.Increment(ref table.Added);
                }
            }

            places[i] = found;
        }

        return places;
    }

    private static TermPlaces Lookup(IndexReader reader, Term term)
    {
        var leaves = reader.Leaves;
        var states = new TermState?[leaves.Count];
        var frequencies = new int[leaves.Count];
        foreach (var leaf in leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            if (terms is not null && terms.SeekExact(term.Bytes))
            {
                states[leaf.Ord] = terms.GetTermState();
                frequencies[leaf.Ord] = terms.DocFreq;
            }
        }

        return new TermPlaces(states, frequencies);
    }

    private static int CountIn(AtomicReaderContext leaf, Term[] terms, int[] positions, TermPlaces[] places, int end)
    {
        if (places.Any(p => p.States[leaf.Ord] is null) || leaf.AtomicReader.GetTerms(terms[0].Field) is not { } fieldTerms)
        {
            return 0;
        }

        // The rarest word leads; the others are advanced to its papers.
        var order = Enumerable.Range(0, terms.Length).OrderBy(i => places[i].Frequencies[leaf.Ord]).ToArray();
        var postings = new DocsAndPositionsEnum[terms.Length];
        var enumerator = fieldTerms.GetEnumerator();
        foreach (var i in order)
        {
            enumerator.SeekExact(terms[i].Bytes, places[i].States[leaf.Ord]);
            postings[i] = enumerator.DocsAndPositions(leaf.AtomicReader.LiveDocs, null, DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"The field {terms[i].Field} was indexed without positions.");
        }

        return ExactPhrase.Count(postings, positions, order, end);
    }

    private sealed record TermPlaces(TermState?[] States, int[] Frequencies);

    private sealed class Table(IndexReader? reader)
    {
        public int Added;

        public IndexReader? Reader { get; } = reader;

        public ConcurrentDictionary<string, TermPlaces> Places { get; } = new(StringComparer.Ordinal);
    }
}
