using System.Globalization;
using DigestBot.Papers;
using DigestBot.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index.Memory;

namespace DigestBot.Watches;

/// <summary>A paper with exactly the fields and analysis of the search index, for percolation.</summary>
internal static class PaperMemory
{
    /// <summary>The paper's indexed text and keyword fields (numeric and stored-only fields left out), in document order.</summary>
    public static IEnumerable<(string Name, string Value, bool Tokenized)> IndexedFields(Paper paper)
    {
        foreach (var field in PaperDocument.Build(paper).Fields)
        {
            var type = field.IndexableFieldType;
            if (type.IsIndexed && field.NumericType == NumericFieldType.NONE && field.GetStringValue(CultureInfo.InvariantCulture) is { } value)
            {
                yield return (field.Name, value, type.IsTokenized);
            }
        }
    }

    /// <summary>The paper as a one-document <see cref="MemoryIndex"/>.</summary>
    public static void Fill(MemoryIndex memory, Paper paper)
    {
        var keywords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value, tokenized) in IndexedFields(paper))
        {
            if (tokenized)
            {
                // Several values of one field (authors) keep the index's position gap, so phrases do not span them.
                memory.AddField(name, PaperAnalyzer.ForIndexing.GetTokenStream(name, value), 1f, PaperAnalyzer.ForIndexing.GetPositionIncrementGap(name));
            }
            else
            {
                (keywords.TryGetValue(name, out var list) ? list : keywords[name] = []).Add(value);
            }
        }

        foreach (var (name, values) in keywords)
        {
            memory.AddField(name, memory.KeywordTokenStream(values));
        }
    }
}
