using System.Globalization;
using DigestBot.QueryLanguage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DigestBot.Search;

/// <summary>
/// A free-text search that looks at meaning too (<see cref="SearchRequest.Meaning"/>). Hybrid fuses the keyword ranking
/// (its top <see cref="Depth"/>) with the papers nearest in meaning (<see cref="SearchMeaning.Candidates"/>: the ten
/// nearest unless they are far, and any close enough to count): each scores w × its keyword score over the best keyword score, plus
/// (1 − w) × its cosine similarity to the question (a paper without a vector keeps its keyword part whole; one found
/// by meaning alone has no keyword part). w is <see cref="KeywordWeight"/> when papers hold every word of the question,
/// less when the closest hold only some (see <see cref="Weight"/>). Chosen by measurement (docs/performance.md):
/// this weighted sum ranked better than reciprocal rank fusion on the public collection and the seed one. RRF also
/// counts ranks only: in a small corpus every keyword match is among the nearest in meaning too, so a paper found by
/// meaning alone gets about half what each of them gets, however close it is. Date order lists the keyword matches and the
/// papers close enough to count together, newest first. Semantic alone ranks by similarity the papers close enough to count
/// (<see cref="SearchMeaning.Floor"/>), then the nearest after them that are not far (<see cref="SearchMeaning.Near"/>).
/// </summary>
internal static class FusedSearch
{
    public const int Depth = 100;
    public const double KeywordWeight = 0.5;

    private static readonly HashSet<string> IdOnly = [IndexFields.Id];

    /// <summary>
    /// The ranked papers, how many in all, and which of them are there by meaning alone (the keyword query does not
    /// match them; in a semantic search every one).
    /// </summary>
    public static (FreeTextSearch.Decision Decision, IReadOnlyList<(int Doc, double Score)> Docs, int Total, IReadOnlySet<int> ByMeaning) Top(
        IndexSearcher searcher, SearchRequest request, SearchSort sort, bool ranked)
    {
        var meaning = request.Meaning!;
        var dates = MultiDocValues.GetNumericValues(searcher.IndexReader, IndexFields.Published);
        long Date(int doc) => dates?.Get(doc) ?? long.MinValue;
        var wanted = request.Offset + request.Limit;
        if (request.Retrieval == SearchRetrieval.Semantic)
        {
            // The close papers count as matches, and at least the nearest few are shown unless they are far.
            var count = Math.Max(meaning.AtLeastFloor, Math.Min(meaning.Nearest.Count(n => n.Similarity >= meaning.Near), SearchMeaning.AlwaysNearest));
            var listed = meaning.Nearest.TakeWhile((n, i) => i < count || n.Similarity >= meaning.Near).Take(sort == SearchSort.Date ? count : Math.Max(count, wanted))
                .Select(n => (Doc: DocOf(searcher, n.Key), n.Similarity)).Where(n => n.Doc >= 0);
            var ordered = sort == SearchSort.Date ? listed.OrderByDescending(n => Date(n.Doc)) : listed.OrderByDescending(n => n.Similarity);
            var decision = new FreeTextSearch.Decision(LuceneQueries.Build(request.Query, request.Since, until: request.Until), SearchMode.BestMatch, 0, 0, new BooleanQuery());
            List<(int Doc, double Score)> found = [.. ordered.Select(n => (n.Doc, (double)n.Similarity))];
            return (decision, found, count, found.Select(f => f.Doc).ToHashSet());
        }

        var states = new TermStates(searcher);
        var (keyword, docs, total) = RankedSearch.Top(searcher, request with { Offset = 0, Limit = Math.Max(Depth, wanted) }, sort, ranked, states);
        var candidates = meaning.Candidates.Select(n => (Doc: DocOf(searcher, n.Key), n.Similarity)).Where(n => n.Doc >= 0).ToList();
        var matching = Matching(searcher, states.Prepare(keyword.Match), candidates.Select(c => c.Doc));
        var byMeaning = candidates.Select(c => c.Doc).Where(d => !matching.Contains(d)).ToHashSet();
        if (sort == SearchSort.Date)
        {
            // The keyword matches and the papers close enough in meaning to count, newest first, as one query. The
            // nearest papers below that are weighed by a ranking, which lists them after the matches; in date order
            // they would stand among the matches as if they were some ("diffusion" listing an agents paper first).
            var close = candidates.Where(c => c.Similarity >= meaning.Floor).ToList();
            var either = new BooleanQuery(disableCoord: true) { { keyword.Match, Occur.SHOULD } };
            foreach (var c in close)
            {
                either.Add(new TermQuery(new Term(IndexFields.Id, Key(searcher, c.Doc))), Occur.SHOULD);
            }

            var closeAlone = close.Select(c => c.Doc).Where(byMeaning.Contains).ToHashSet();
            var newest = searcher.Search(either, null, wanted, new Sort(new SortField(IndexFields.Published, SortFieldType.INT64, reverse: true)), true, false);
            return (keyword, [.. newest.ScoreDocs.Select(d => (d.Doc, Fused(searcher, d.Doc, null, meaning, 0)))], total + closeAlone.Count, closeAlone);
        }

        var weight = Weight(keyword, request.Query);
        var top = docs.Count == 0 ? 1 : docs.Max(d => d.Score);
        var scores = new Dictionary<int, double>();
        foreach (var d in docs)
        {
            scores[d.Doc] = Fused(searcher, d.Doc, d.Score / top, meaning, weight);
        }

        foreach (var c in candidates.Where(c => !scores.ContainsKey(c.Doc)))
        {
            scores[c.Doc] = (1 - weight) * c.Similarity;
        }

        var fused = scores.OrderByDescending(s => s.Value).ThenByDescending(s => Date(s.Key)).Select(s => (s.Key, s.Value)).ToList();
        return (keyword, fused, total + byMeaning.Count, byMeaning);
    }

    /// <summary>
    /// How much the keyword ranking weighs: <see cref="KeywordWeight"/> when papers hold every word of the question,
    /// that times the share of the words best match required when the closest hold only some (a question answered
    /// by one word of eight says little by its words).
    /// </summary>
    private static double Weight(FreeTextSearch.Decision keyword, SearchQuery query) =>
        keyword.Mode == SearchMode.BestMatch && query.Words.Count > 0 ? KeywordWeight * keyword.MinimumWords / query.Words.Count : KeywordWeight;

    /// <summary>The fused score of a paper with this share of the best keyword score (null: found by meaning alone).</summary>
    private static double Fused(IndexSearcher searcher, int doc, double? keyword, SearchMeaning meaning, double weight) =>
        (keyword, meaning.SimilarityOf(Key(searcher, doc))) switch
        {
            ({ } k, { } s) => (weight * k) + ((1 - weight) * s),
            ({ } k, null) => k,
            (null, { } s) => (1 - weight) * s,
            _ => 0,
        };

    /// <summary>Which of <paramref name="docs"/> the keyword query matches: its scorer moved to each of them in turn.</summary>
    private static HashSet<int> Matching(IndexSearcher searcher, Query match, IEnumerable<int> docs)
    {
        var matched = new HashSet<int>();
        var sorted = docs.Distinct().Order().ToList();
        if (sorted.Count == 0)
        {
            return matched;
        }

        var weight = searcher.CreateNormalizedWeight(match);
        var leaves = searcher.IndexReader.Leaves;
        var (leaf, end, scored) = (-1, 0, -1);
        Scorer? scorer = null;
        foreach (var doc in sorted)
        {
            while (doc >= end)
            {
                leaf++;
                end = leaves[leaf].DocBase + leaves[leaf].Reader.MaxDoc;
            }

            if (scored != leaf)
            {
                scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
                scored = leaf;
            }

            var target = doc - leaves[leaf].DocBase;
            if (scorer is not null && (scorer.DocID >= target ? scorer.DocID : scorer.Advance(target)) == target)
            {
                matched.Add(doc);
            }
        }

        return matched;
    }

    private static int DocOf(IndexSearcher searcher, string key) =>
        searcher.Search(new TermQuery(new Term(IndexFields.Id, key)), 1).ScoreDocs is [var hit] ? hit.Doc : -1;

    private static string Key(IndexSearcher searcher, int doc) => searcher.Doc(doc, IdOnly).Get(IndexFields.Id, CultureInfo.InvariantCulture);

}
