using DigestBot.Papers;
using DigestBot.Search;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Index.Memory;

namespace DigestBot.Watches;

/// <summary>A paper in a one-document <see cref="MemoryIndex"/>, with exactly the fields and analysis of the search index.</summary>
internal static class PaperMemory
{
    public static void Fill(MemoryIndex memory, Paper paper)
    {
        var keywords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var field in PaperDocument.Build(paper).Fields)
        {
            var type = field.IndexableFieldType;
            if (!type.IsIndexed || field.NumericType != NumericFieldType.NONE || field.GetStringValue() is not { } value)
            {
                continue;
            }

            if (type.IsTokenized)
            {
                // Several values of one field (authors) keep the index's position gap, so phrases do not span them.
                memory.AddField(field.Name, PaperAnalyzer.ForIndexing.GetTokenStream(field.Name, value), 1f, PaperAnalyzer.ForIndexing.GetPositionIncrementGap(field.Name));
            }
            else
            {
                (keywords.TryGetValue(field.Name, out var list) ? list : keywords[field.Name] = []).Add(value);
            }
        }

        foreach (var (name, values) in keywords)
        {
            memory.AddField(name, memory.KeywordTokenStream(values));
        }
    }

    /// <summary>
    /// Every (field, term) the paper has, straight from the analyser (no index built): the candidate lookup keys
    /// and all that most checks need.
    /// </summary>
    public static HashSet<Term> Analyze(Paper paper)
    {
        var set = new HashSet<Term>();
        foreach (var field in PaperDocument.Build(paper).Fields)
        {
            var type = field.IndexableFieldType;
            if (!type.IsIndexed || field.NumericType != NumericFieldType.NONE || field.GetStringValue() is not { } value)
            {
                continue;
            }

            if (!type.IsTokenized)
            {
                set.Add(new Term(field.Name, value));
                continue;
            }

            using var tokens = PaperAnalyzer.ForIndexing.GetTokenStream(field.Name, value);
            var term = tokens.AddAttribute<ICharTermAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken())
            {
                set.Add(new Term(field.Name, term.ToString()));
            }

            tokens.End();
        }

        return set;
    }

    /// <summary>Every (field, term) in a filled MemoryIndex.</summary>
    public static HashSet<Term> Terms(MemoryIndex memory)
    {
        var set = new HashSet<Term>();
        var reader = (AtomicReader)memory.CreateSearcher().IndexReader;
        foreach (var field in reader.Fields)
        {
            var terms = reader.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
            {
                set.Add(new Term(field, terms.Term.Utf8ToString()));
            }
        }

        return set;
    }
}
