using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace DigestBot.Search;

/// <summary>
/// Words that start with any of several prefixes, as one wildcard term: a British prefix and the American ones it
/// also reads (<c>optimis*</c> with <c>optimiz*</c>). Scored as a prefix query is (one constant score however many
/// of the prefixes a paper has), so a British paper, indexed in both spellings, ranks as an American one does.
/// </summary>
internal sealed class PrefixesQuery(string field, IReadOnlyList<string> prefixes)
    : AutomatonQuery(new Term(field, prefixes[0]), Union(prefixes))
{
    /// <summary>The prefixes, the one typed first.</summary>
    public IReadOnlyList<string> Prefixes { get; } = prefixes;

    public override string ToString(string field) =>
        (Field == field ? string.Empty : Field + ":") + string.Join(" | ", Prefixes.Select(p => p + "*"));

    private static Automaton Union(IReadOnlyList<string> prefixes) =>
        BasicOperations.Union(prefixes.Select(p => BasicOperations.Concatenate(BasicAutomata.MakeString(p), BasicAutomata.MakeAnyString())).ToList());
}
