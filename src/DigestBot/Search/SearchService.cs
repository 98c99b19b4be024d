using DigestBot.Papers;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DigestBot.Search;

/// <summary>
/// Runs queries against the index: BM25 ranking, offset/limit paging, total hits and highlighted snippets. The index
/// is brought up to date with the store first, so a paper stored a moment ago is found. Free text is answered as
/// <see cref="FreeTextSearch"/> decides; every query also ranks with <see cref="RankingQueries"/>, breaks equal scores
/// by date (newest first), and is sorted newest first by default when nothing in it is ranked.
/// </summary>
public sealed class SearchService(SearchIndex index, SearchIndexSync sync, PaperStore store)
{
    private static readonly QueryBuilder Phrases = new(PaperAnalyzer.ForQueries);
    private static readonly SortField Newest = new(IndexFields.Published, SortFieldType.INT64, reverse: true);
    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, Newest);
    private static readonly Sort ByDate = new(Newest, SortField.FIELD_SCORE);
    private readonly PhraseCounts _phraseCounts = new();

    public SearchResults Search(SearchRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Limit, SearchRequest.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Offset, SearchRequest.MaxOffset);

        sync.EnsureCurrent(store, progress, cancellationToken);
        var sort = request.Sort ?? (Ranks(request.Query.Root) ? SearchSort.Relevance : SearchSort.Date);
        return index.Search(searcher =>
        {
            var (decision, docs, total) = Top(searcher, request, sort, Ranks(request.Query.Root));
            var snippets = new Snippets(decision.Match, request.Query);
            var mode = SearchReplies.ModeName(decision.Mode);
            var hits = docs
                .Skip(request.Offset)
                .Select(hit =>
                {
                    var document = searcher.Doc(hit.Doc);
                    return PaperDocument.ToHit(document, hit.Score, snippets.For(document.Get(IndexFields.Abstract) ?? string.Empty)) with { Mode = mode };
                })
                .ToList();
            return new SearchResults(request, total, hits)
            {
                Mode = decision.Mode,
                Sort = sort,
                MinimumWords = decision.MinimumWords,
                AllWordsHits = decision.AllWordsHits,
            };
        });
    }

    /// <summary>
    /// How the query is answered, its first offset + limit hits and how many match. Free text first runs with every
    /// word required, which answers it when a page of papers has them all; otherwise best match shows those few papers
    /// first, then the closest: more of the question covered ranks higher, which only best match scores, on a searcher
    /// of its own over the same reader.
    /// </summary>
    private static (FreeTextSearch.Decision Decision, IReadOnlyList<ScoreDoc> Docs, int Total) Top(IndexSearcher searcher, SearchRequest request, SearchSort sort, bool ranked)
    {
        var wanted = request.Offset + request.Limit;
        var query = LuceneQueries.Build(request.Query, request.Since);
        var first = Run(searcher, RankingQueries.Around(query, request.Query), wanted, sort, ranked);
        if (!request.Query.IsFreeText)
        {
            return (new FreeTextSearch.Decision(query, SearchMode.Exact, 0, 0, query), first.Docs, first.Total);
        }

        var decision = request.Query.Words.Count <= 1 || first.Total >= FreeTextSearch.EnoughHits
            ? new FreeTextSearch.Decision(query, SearchMode.AllWords, request.Query.Words.Count, first.Total, query)
            : FreeTextSearch.Decide(searcher, request.Query, request.Since, first.Total);
        if (decision.Mode == SearchMode.AllWords)
        {
            return (decision, first.Docs, first.Total);
        }

        var ranking = new IndexSearcher(searcher.IndexReader) { Similarity = FreeTextSimilarity.Instance };
        if (sort == SearchSort.Date || first.Total == 0)
        {
            var closest = Run(ranking, RankingQueries.Around(decision.Match, request.Query), wanted, sort, ranked);
            return (decision, closest.Docs, closest.Total);
        }

        var others = new BooleanQuery(disableCoord: true) { { decision.Match, Occur.MUST }, { decision.AllWords, Occur.MUST_NOT } };
        var rest = Run(ranking, RankingQueries.Around(others, request.Query), Math.Max(1, wanted - first.Docs.Count), sort, ranked);
        return (decision, [.. first.Docs, .. rest.Docs], first.Total + rest.Total);
    }

    /// <summary>
    /// The top hits in the order asked for, equal scores newest first. A ranked query seldom ties, so its hits are
    /// collected by score alone (Lucene's cheapest collector) and only the ties among them ordered by date; a query
    /// that ranks nothing ties everywhere and is collected in date order.
    /// </summary>
    private static (IReadOnlyList<ScoreDoc> Docs, int Total) Run(IndexSearcher searcher, Query query, int wanted, SearchSort sort, bool ranked)
    {
        if (sort == SearchSort.Date || !ranked)
        {
            var sorted = searcher.Search(query, null, wanted, sort == SearchSort.Date ? ByDate : ByRelevance, true, false);
            return (sorted.ScoreDocs, sorted.TotalHits);
        }

        var top = searcher.Search(query, wanted);
        if (top.ScoreDocs.Length < 2 || top.ScoreDocs.Select(d => d.Score).Distinct().Count() == top.ScoreDocs.Length)
        {
            return (top.ScoreDocs, top.TotalHits);
        }

        var dates = MultiDocValues.GetNumericValues(searcher.IndexReader, IndexFields.Published);
        return ([.. top.ScoreDocs.OrderByDescending(d => d.Score).ThenByDescending(d => dates?.Get(d.Doc) ?? 0)], top.TotalHits);
    }

    /// <summary>Whether anything in the query is ranked: a word or phrase in text, not only categories, ids, authors or wildcards.</summary>
    private static bool Ranks(QueryNode node) => node switch
    {
        TermNode t => !t.IsWildcard && t.Field is SearchField.Default or SearchField.Title or SearchField.Abstract or SearchField.All,
        AndNode a => a.Children.Any(Ranks),
        OrNode o => o.Children.Any(Ranks),
        _ => false,
    };

    /// <summary>
    /// Papers like this one (more-like-this on its title and abstract: its most distinctive terms, as an OR query),
    /// best first, the paper itself left out. Empty when the paper is not in the index.
    /// </summary>
    public IReadOnlyList<SearchHit> Similar(Paper paper, int limit, CancellationToken cancellationToken = default)
    {
        sync.EnsureCurrent(store, null, cancellationToken);
        var key = new Term(IndexFields.Key, PaperId.Parse(paper.Id).Key);
        return index.Search(searcher =>
        {
            if (searcher.Search(new TermQuery(key), 1).ScoreDocs is not [var self])
            {
                return (IReadOnlyList<SearchHit>)[];
            }

            var like = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = PaperAnalyzer.ForQueries,
                FieldNames = [IndexFields.Title, IndexFields.Abstract],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MaxQueryTerms = 25,
            }.Like(self.Doc);
            var query = new BooleanQuery { { like, Occur.MUST }, { new TermQuery(key), Occur.MUST_NOT } };
            var snippets = new Snippets(like, SearchQuery.Parse(paper.Id));
            return [.. searcher.Search(query, limit).ScoreDocs.Select(hit =>
            {
                var document = searcher.Doc(hit.Doc);
                return PaperDocument.ToHit(document, hit.Score, snippets.For(document.Get(IndexFields.Abstract) ?? string.Empty));
            })];
        });
    }

    /// <summary>
    /// How many papers hold each phrase in their abstract, analysed as a search phrase is (so "KV caches" counts
    /// papers saying "KV cache"): corpus statistics for key phrases. A single word is a term-dictionary lookup (which
    /// may still count a replaced version of a paper until Lucene merges it away); longer phrases are counted by query,
    /// once per index reader (see <see cref="PhraseCounts"/>).
    /// </summary>
    public PhraseFrequencies DocumentFrequencies(IEnumerable<string> phrases, CancellationToken cancellationToken = default)
    {
        sync.EnsureCurrent(store, null, cancellationToken);
        return index.Search(searcher =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var phrase in phrases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!counts.ContainsKey(phrase))
                {
                    counts[phrase] = _phraseCounts.Get(searcher.IndexReader, phrase, p => Count(searcher, Phrases.CreatePhraseQuery(IndexFields.Abstract, p)));
                }
            }

            return new PhraseFrequencies(searcher.IndexReader.NumDocs, counts);
        });
    }

    private static int Count(IndexSearcher searcher, Query? query)
    {
        switch (query)
        {
            case null:
                return 0; // only stop words
            case TermQuery term:
                return searcher.IndexReader.DocFreq(term.Term);
            default:
                var hits = new TotalHitCountCollector();
                searcher.Search(query, hits);
                return hits.TotalHits;
        }
    }
}
