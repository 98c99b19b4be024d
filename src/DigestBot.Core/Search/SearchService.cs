using System.Globalization;
using DigestBot.Papers;
using DigestBot.QueryLanguage;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DigestBot.Search;

/// <summary>
/// Runs queries against the index: BM25 ranking, offset/limit paging, total hits and highlighted snippets. The index
/// is brought up to date with the store first, so a paper stored a moment ago is found. Which papers and in which
/// order is <see cref="RankedSearch"/>'s; a query in which nothing is ranked sorts newest first by default.
/// </summary>
public sealed class SearchService(SearchIndex index, SearchIndexSync sync, PaperStore store)
{
    private static readonly QueryBuilder Phrases = new(PaperAnalyzer.ForQueries);
    private readonly PhraseCounts _phraseCounts = new();
    private readonly PhraseCounter _phraseCounter = new();

    public SearchResults Search(SearchRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Limit, SearchRequest.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Offset, SearchRequest.MaxOffset);

        sync.EnsureCurrent(store, progress, cancellationToken);
        var ranked = RankedSearch.Ranks(request.Query.Root);
        var similarities = request.Sort is null && request.Meaning is null && OnlySemantic(request.Query.Root) ? request.SemanticSimilarity : null;
        var sort = request.Sort ?? (ranked || similarities is not null ? SearchSort.Relevance : SearchSort.Date);
        return index.Search(searcher =>
        {
            var (decision, docs, total, byMeaning) = request.Meaning is not null
                ? FusedSearch.Top(searcher, request, sort, ranked)
                : similarities is not null ? BySimilarity(searcher, request, similarities)
                : Keyword(searcher, request, sort, ranked);
            var snippets = new Snippets(decision.Match, request.Query);
            var mode = request.Retrieval switch
            {
                SearchRetrieval.Hybrid => "hybrid",
                SearchRetrieval.Semantic => "semantic",
                _ => SearchReplies.ModeName(decision.Mode),
            };
            var hits = docs
                .Skip(request.Offset)
                .Take(request.Limit)
                .Select(hit =>
                {
                    var document = searcher.Doc(hit.Doc);
                    var found = PaperDocument.ToHit(document, (float)hit.Score, snippets.For(document.Get(IndexFields.Abstract, CultureInfo.InvariantCulture) ?? string.Empty));
                    var similarity = request.Meaning?.SimilarityOf(found.Id) ?? (similarities?.TryGetValue(found.Id, out var close) == true ? close : null);
                    return found with
                    {
                        Mode = mode,
                        Similarity = similarity is { } s ? Math.Round(s, 4) : null,
                        ByMeaningAlone = request.Retrieval == SearchRetrieval.Hybrid ? byMeaning.Contains(hit.Doc) : null,
                    };
                })
                .ToList();
            return new SearchResults(request, total, hits)
            {
                Mode = decision.Mode,
                Sort = sort,
                BySimilarity = similarities is not null,
                MinimumWords = decision.MinimumWords,
                AllWordsHits = decision.AllWordsHits,
                Retrieval = request.Retrieval,
                ByMeaningOnly = byMeaning.Count,
                Embedded = request.Meaning?.Embedded,
                CloseInMeaning = request.Meaning?.AtLeastFloor ?? 0,
                // Papers in the index, not the store's count: LiteDB counts by reading its whole index.
                Indexed = searcher.IndexReader.NumDocs,
                WithCategory = total == 0 && request.Query.WantsCategory ? WithCategory(searcher) : null,
                NotStored = total > 0 && total < request.Query.PaperKeys.Count && request.Since is null && request.Until is null ? NotStored(searcher, request.Query.PaperKeys) : [],
                Earlier = total == 0 && (request.Since is not null || request.Until is not null) && request.Retrieval != SearchRetrieval.Semantic
                    ? Earlier(searcher, request, ranked)
                    : null,

                // Looked for only when words went unmatched: a search that found what it asked for has no typo to mend.
                Suggestion = request.Retrieval != SearchRetrieval.Semantic && !request.Query.IsPaperLookup
                    && (total == byMeaning.Count || decision.Mode == SearchMode.BestMatch)
                    ? request.Spelling is { } looked ? looked.Suggestion : Spelling.Suggest(searcher.IndexReader, request.Query)
                    : null,
            };
        });
    }

    /// <summary>
    /// A search (<paramref name="search"/>) of the request; for a question with words no stored paper has (a typo:
    /// "multi agnet framwork"), first the search of the question spelled as the papers spell it (<see
    /// cref="Spelling"/>, each word one edit from the typed one), whose results are the answer when its words find any
    /// paper, saying which words were read as which (<see cref="SearchResults.Mended"/>). A query with operators is
    /// searched as written, its typo only pointed out ("did you mean"), as is a question whose mended words are further
    /// from the typed ones or find nothing either (within a window, say).
    /// </summary>
    public SearchResults AsSpelled(
        SearchRequest request, Func<SearchRequest, SearchResults> search, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!request.Query.IsFreeText || request.Query.IsPaperLookup || request.Query.Words.Count == 0)
        {
            return search(request);
        }

        // Looked up once, here: the searches below say what was found rather than look again.
        sync.EnsureCurrent(store, progress, cancellationToken);
        var spelled = index.Search(searcher => Spelling.Mend(searcher.IndexReader, request.Query));

        // A typo is a slip (a letter left out, added, changed or two swapped; a compound no paper writes read as its head):
        // a word two edits from the nearest ("stations" from "situations") is more often one the papers lack than a typo,
        // and is only offered ("did you mean").
        if (spelled is { Slips: true } && SearchQuery.TryParseSearch(spelled.Text, out var mended, out _) && mended.IsFreeText && !mended.IsPaperLookup
            && mended.Words.Count == request.Query.Words.Count)
        {
            var read = request.Query.Words.Zip(mended.Words).Where(w => !w.First.Equals(w.Second, StringComparison.OrdinalIgnoreCase)).ToList();
            if (read.Count > 0 && search(request with { Query = mended, Spelling = new SpellingChecked(null) }) is var found && found.TotalHits > found.ByMeaningOnly)
            {
                return found with { Mended = read };
            }
        }

        return search(request with { Spelling = new SpellingChecked(spelled?.Text) });
    }

    /// <summary>
    /// The same search by words at any date, newest first (its first hit is the newest paper it finds), and how many
    /// papers were published within the request's window: asked only when a search limited to them found nothing.
    /// </summary>
    private static EarlierMatches Earlier(IndexSearcher searcher, SearchRequest request, bool ranked)
    {
        var anyDate = request with { Since = null, Until = null, Offset = 0, Limit = 1, Meaning = null, Retrieval = SearchRetrieval.Keyword };
        var (decision, docs, total) = RankedSearch.Top(searcher, anyDate, SearchSort.Date, ranked);
        var newest = docs.Count > 0 ? PaperDocument.ToHit(searcher.Doc(docs[0].Doc), 0, string.Empty).PublishedDate : null;
        var recent = new TotalHitCountCollector();
        searcher.Search(LuceneQueries.Filtered(new MatchAllDocsQuery(), request.Since, request.Until), recent);
        return new EarlierMatches(total, decision.Mode == SearchMode.BestMatch, newest, recent.TotalHits) { Bounded = request.Until is not null };
    }

    /// <summary>The keys no paper in the index has (among its id and DOIs).</summary>
    private static IReadOnlyList<string> NotStored(IndexSearcher searcher, IReadOnlyList<string> keys) =>
        [.. keys.Distinct(StringComparer.Ordinal).Where(key => searcher.Search(new TermQuery(new Term(IndexFields.Key, key)), 1).TotalHits == 0)];

    /// <summary>Papers in the index with at least one category (every term of the field, one count).</summary>
    private static int WithCategory(IndexSearcher searcher)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(TermRangeQuery.NewStringRange(IndexFields.Category, null, null, true, true), count);
        return count.TotalHits;
    }

    /// <summary>
    /// A query of <c>like:</c> and <c>about:</c> terms alone, ranked as <c>similar</c> ranks: closest in meaning first
    /// (its score is the similarity), equal ones newest first. Every paper it finds is among those the terms listed.
    /// </summary>
    private static (FreeTextSearch.Decision, IReadOnlyList<(int Doc, double Score)>, int, IReadOnlySet<int>) BySimilarity(
        IndexSearcher searcher, SearchRequest request, IReadOnlyDictionary<string, float> similarities)
    {
        var (decision, docs, total) = RankedSearch.Top(searcher, request with { Offset = 0, Limit = Math.Max(1, similarities.Count) }, SearchSort.Date, ranked: false);
        var idOnly = new HashSet<string> { IndexFields.Id };
        var ranked = docs
            .Select(d => (d.Doc, Score: (double)similarities.GetValueOrDefault(searcher.IndexReader.Document(d.Doc, idOnly).Get(IndexFields.Id, CultureInfo.InvariantCulture) ?? string.Empty)))
            .OrderByDescending(d => d.Score)
            .ToList();
        return (decision, ranked, total, new HashSet<int>());
    }

    /// <summary>Whether every term of the query is <c>like:</c> or <c>about:</c>, joined by AND or OR (no NOT).</summary>
    private static bool OnlySemantic(QueryNode node) => node switch
    {
        TermNode t => t.Field is SearchField.Like or SearchField.About,
        AndNode a => a.Children.All(OnlySemantic),
        OrNode o => o.Children.All(OnlySemantic),
        _ => false,
    };

    private static (FreeTextSearch.Decision, IReadOnlyList<(int Doc, double Score)>, int, IReadOnlySet<int>) Keyword(IndexSearcher searcher, SearchRequest request, SearchSort sort, bool ranked)
    {
        var (decision, docs, total) = RankedSearch.Top(searcher, request, sort, ranked);
        return (decision, [.. docs.Select(d => (d.Doc, (double)d.Score))], total, new HashSet<int>());
    }

    /// <summary>
    /// Whether a question names authors and nothing else (<c>Halder</c>, <c>Tanmay Halder</c>: see
    /// <see cref="Spelling.NamesAuthors"/>): the papers nearest a name's vector are any papers, so such a question is
    /// answered by its words alone.
    /// </summary>
    public bool NamesOnly(SearchQuery query, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!query.IsFreeText || query.Words.Count == 0)
        {
            return false;
        }

        // The caller's progress: a process's first search may have papers to index first, and says so there.
        sync.EnsureCurrent(store, progress, cancellationToken);
        return index.Search(searcher => Spelling.NamesAuthors(searcher.IndexReader, query.Words));
    }

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
            // A paper's id is no query (doi:… is no field): the words MoreLikeThis chose are what the snippets mark.
            var snippets = new Snippets(like, wildcards: false);
            return [.. searcher.Search(query, limit).ScoreDocs.Select(hit =>
            {
                var document = searcher.Doc(hit.Doc);
                return PaperDocument.ToHit(document, hit.Score, snippets.For(document.Get(IndexFields.Abstract, CultureInfo.InvariantCulture) ?? string.Empty));
            })];
        });
    }

    /// <summary>
    /// The papers of <paramref name="found"/> (keys with a score, best first) as hits, with their abstract's opening as
    /// the snippet; keys the index does not hold are left out.
    /// </summary>
    public IReadOnlyList<SearchHit> Hits(IReadOnlyList<(string Key, double Score)> found, CancellationToken cancellationToken = default)
    {
        sync.EnsureCurrent(store, null, cancellationToken);
        return index.Search(searcher => (IReadOnlyList<SearchHit>)[.. found
            .Select(f => (f.Score, Docs: searcher.Search(new TermQuery(new Term(IndexFields.Id, f.Key)), 1).ScoreDocs))
            .Where(f => f.Docs.Length == 1)
            .Select(f =>
            {
                var document = searcher.Doc(f.Docs[0].Doc);
                return PaperDocument.ToHit(document, (float)f.Score, Snippets.Opening(document.Get(IndexFields.Abstract, CultureInfo.InvariantCulture) ?? string.Empty));
            })]);
    }

    /// <summary>
    /// How many papers hold each phrase in their abstract, analysed as a search phrase is (so "KV caches" counts
    /// papers saying "KV cache"): corpus statistics for key phrases. A single word is a term-dictionary lookup (which
    /// may still count a replaced version of a paper until Lucene merges it away); longer phrases are counted by walking
    /// their words' postings (<see cref="PhraseCounter"/>), once per index reader (see <see cref="PhraseCounts"/>).
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

    private int Count(IndexSearcher searcher, Query? query)
    {
        switch (query)
        {
            case null:
                return 0; // only stop words
            case TermQuery term:
                return searcher.IndexReader.DocFreq(term.Term);
            case PhraseQuery { Slop: 0 } phrase:
                return _phraseCounter.Count(searcher.IndexReader, phrase);
            default:
                var hits = new TotalHitCountCollector();
                searcher.Search(query, hits);
                return hits.TotalHits;
        }
    }
}
