using DigestBot.Papers;

namespace DigestBot.Search;

/// <summary>
/// Runs queries against the index: BM25 ranking, offset/limit paging, total hits and highlighted snippets. The index
/// is brought up to date with the store first, so a paper stored a moment ago is found.
/// </summary>
public sealed class SearchService(SearchIndex index, SearchIndexSync sync, PaperStore store)
{
    public SearchResults Search(SearchRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Limit, SearchRequest.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Offset, SearchRequest.MaxOffset);

        sync.EnsureCurrent(store, progress, cancellationToken);
        var query = LuceneQueries.Build(request.Query, request.Since);
        return index.Search(searcher =>
        {
            var top = searcher.Search(query, request.Offset + request.Limit);
            var snippets = new Snippets(query, request.Query);
            var hits = top.ScoreDocs
                .Skip(request.Offset)
                .Select(hit =>
                {
                    var document = searcher.Doc(hit.Doc);
                    return PaperDocument.ToHit(document, hit.Score, snippets.For(document.Get(IndexFields.Abstract) ?? string.Empty));
                })
                .ToList();
            return new SearchResults(request, top.TotalHits, hits);
        });
    }
}
