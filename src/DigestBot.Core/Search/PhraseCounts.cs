using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace DigestBot.Search;

/// <summary>
/// Phrase document counts remembered for one index reader. Digests fired together (a daily schedule shared by many
/// channels) weigh the same new papers' phrases hundreds of times; each count is a phrase query, and they were most
/// of a digest's composing time. A count depends only on the reader it was taken from, so counts are kept until the
/// searcher is refreshed (a new reader) and are then dropped whole: a cached count is never stale.
/// </summary>
internal sealed class PhraseCounts(int capacity = PhraseCounts.DefaultCapacity)
{
    /// <summary>Past this many phrases for one reader the table starts afresh, so a long-lived reader cannot grow it without end.</summary>
    internal const int DefaultCapacity = 200_000;

    private Table _table = new(null);

    /// <summary>The count of <paramref name="phrase"/> in <paramref name="reader"/>, computed by <paramref name="count"/> when not yet known.</summary>
    public int Get(IndexReader reader, string phrase, Func<string, int> count)
    {
        var table = Volatile.Read(ref _table);
        if (!ReferenceEquals(table.Reader, reader) || Volatile.Read(ref table.Added) >= capacity)
        {
            var fresh = new Table(reader);
            table = Interlocked.CompareExchange(ref _table, fresh, table) == table ? fresh : Volatile.Read(ref _table);
            if (!ReferenceEquals(table.Reader, reader))
            {
                return count(phrase); // another reader is current now; do not mix the two
            }
        }

        if (table.Counts.TryGetValue(phrase, out var known))
        {
            return known;
        }

        var counted = count(phrase);
        if (table.Counts.TryAdd(phrase, counted))
        {
            Interlocked.Increment(ref table.Added); // ConcurrentDictionary.Count takes every lock: counted here instead
        }

        return counted;
    }

    private sealed class Table(IndexReader? reader)
    {
        public int Added;

        public IndexReader? Reader { get; } = reader;

        public ConcurrentDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);
    }
}
