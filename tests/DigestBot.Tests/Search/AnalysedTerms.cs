using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DigestBot.Tests.Search;

/// <summary>The terms an analyzer gives for a text in a field, in order.</summary>
internal static class AnalysedTerms
{
    public static List<string> Of(Analyzer analyzer, string field, string text)
    {
        var list = new List<string>();
        using var tokens = analyzer.GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            list.Add(term.ToString());
        }

        tokens.End();
        return list;
    }
}
