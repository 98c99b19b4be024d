using DigestBot.Commands;
using DigestBot.QueryLanguage;
using DigestBot.Search;
using Microsoft.Extensions.Logging;

namespace DigestBot.Semantic;

/// <summary>
/// Search as the commands run it: free text looks at words and meaning together (hybrid) once papers have vectors;
/// <c>--mode</c> may ask for keywords or meaning alone. Queries with operators stay keyword-only. When meaning cannot be
/// looked at (semantic search off, no vectors yet, the model unavailable), a default search answers by keywords and an
/// explicit <c>--mode semantic|hybrid</c> gets one line saying why.
/// </summary>
public sealed class HybridSearch(SearchService search, SemanticIndex index, SemanticModel model, SemanticSeeds seeds, ILogger<HybridSearch> logger)
{
    /// <summary>Most papers a <c>like:</c> or <c>about:</c> term of a query finds (the closest, when more are close enough).</summary>
    public const int MaxSemanticMatches = 10_000;

    public SearchResults Search(SearchRequest request, SearchRetrieval? mode, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        Search(request, mode, progress, inDiscord: false, cancellationToken);

    /// <summary>
    /// The search; a question with a typo, as the papers spell it (<see cref="SearchService.AsSpelled"/>), unless meaning
    /// alone is asked for (words play no part).
    /// </summary>
    /// <param name="inDiscord">Whether a refusal names the option as Discord shows it (<c>mode semantic</c>, not <c>--mode semantic</c>).</param>
    public SearchResults Search(SearchRequest request, SearchRetrieval? mode, IProgress<string>? progress, bool inDiscord, CancellationToken cancellationToken) =>
        mode == SearchRetrieval.Semantic ? SearchAsTyped(request, mode, progress, inDiscord, cancellationToken)
        : search.AsSpelled(request, r => SearchAsTyped(r, mode, progress, inDiscord, cancellationToken), progress, cancellationToken);

    private SearchResults SearchAsTyped(SearchRequest request, SearchRetrieval? mode, IProgress<string>? progress, bool inDiscord, CancellationToken cancellationToken)
    {
        string Asked(SearchRetrieval r) => $"{(inDiscord ? "mode" : "--mode")} {Name(r)}";

        if (request.Query.SemanticTerms.Count > 0)
        {
            request = Resolved(request);
        }

        var retrieval = mode ?? (request.Query.IsFreeText ? SearchRetrieval.Hybrid : SearchRetrieval.Keyword);
        if (retrieval == SearchRetrieval.Keyword)
        {
            return search.Search(request, progress, cancellationToken);
        }

        if (!request.Query.IsFreeText)
        {
            throw new CommandInputException($"{Asked(retrieval)} takes a question in plain words; a query with operators, fields or quotes is matched by its words ({Asked(SearchRetrieval.Keyword)})");
        }

        if (index.Enabled && !index.IsOpen && index.MayHaveVectors)
        {
            model.LoadInBackground(); // while the vectors are read: a process's first search
        }

        if (Unavailable() is { } why)
        {
            if (mode is null)
            {
                // Semantic search off is the admin's choice and goes unsaid; vectors not made yet are said.
                var words = search.Search(request, progress, cancellationToken);
                return index.Enabled ? words with { WordsOnly = NoVectorsYet } : words;
            }

            throw new CommandInputException($"{Asked(retrieval)}: {why}");
        }

        if (mode is null && search.NamesOnly(request.Query, progress, cancellationToken))
        {
            // A name has no meaning to search by: the papers nearest its vector would be any papers.
            return search.Search(request, progress, cancellationToken) with { WordsOnly = NamesAsked };
        }

        try
        {
            _ = model.Embedder; // loaded here, so a model that cannot load falls back (or says why) before the search
        }
        catch (SemanticUnavailableException e) when (mode is null)
        {
            logger.LogDebug("Answering by keywords: {Reason}", e.Message);
            return search.Search(request, progress, cancellationToken) with { WordsOnly = NoModel };
        }
        catch (SemanticUnavailableException e)
        {
            throw new CommandInputException($"{Asked(retrieval)}: {e.Message}");
        }

        // The question is embedded and the vectors scanned while the keyword side runs (two cores, two halves).
        var found = Task.Run(() => Find(request), cancellationToken);
        var meaning = new SearchMeaning(found, SemanticThresholds.About, SemanticThresholds.Near) { Embedded = index.Count };
        try
        {
            return search.Search(request with { Retrieval = retrieval, Meaning = meaning }, progress, cancellationToken);
        }
        finally
        {
            // A keyword side that failed or was cancelled leaves no embedding running behind it (a process may be ending).
            Task.WhenAny(found).GetAwaiter().GetResult();
        }
    }

    private SearchMeaning.Found Find(SearchRequest request)
    {
        var question = model.EmbedQuery(request.Query.Text);
        var (hits, close) = index.Search(question, Math.Max(FusedSearch.Depth, request.Offset + request.Limit), request.Since, floor: SemanticThresholds.About, until: request.Until);

        // The 8-bit scan finds the candidates; their exact similarity orders them (near ties can swap in 8 bits).
        var nearest = hits.Select(h => (h.Key, Similarity: Similarity(question, h.Key) ?? h.Similarity)).OrderByDescending(h => h.Similarity).ToList();
        return new SearchMeaning.Found(nearest, close, key => Similarity(question, key));
    }

    /// <summary>
    /// The request with the papers its <c>like:</c> and <c>about:</c> terms find: those at least as close to one of
    /// the term's seeds as a watch needs (a <c>like:</c> term's own papers left out).
    /// </summary>
    private SearchRequest Resolved(SearchRequest request)
    {
        var first = request.Query.SemanticTerms[0];
        if (!index.Enabled)
        {
            throw new CommandInputException($"{SearchFields.Prefix(first.Field)} matches by meaning, and semantic search is off (DigestBot:Semantic:Enabled is false)");
        }

        if (seeds.NotStored(request.Query.SemanticTerms, "about:\"…\"") is { } notStored)
        {
            // What watch add says of the same term: a paper not stored has no vector to compare with, so nothing "matches".
            throw new CommandInputException(notStored);
        }

        var byTerm = new Dictionary<TermNode, Dictionary<string, float>>();
        try
        {
            foreach (var term in request.Query.SemanticTerms)
            {
                var own = seeds.Papers(term);
                var closest = new Dictionary<string, float>(StringComparer.Ordinal);
                foreach (var hit in seeds.Seeds(term)
                    .SelectMany(seed => index.Search(seed.Vector, MaxSemanticMatches, floor: seeds.Threshold(term)).Hits.Where(h => h.Similarity >= seeds.Threshold(term)))
                    .Where(h => !own.Contains(h.Key)))
                {
                    // A term of several seeds is as close to a paper as its closest seed.
                    closest[hit.Key] = Math.Max(hit.Similarity, closest.GetValueOrDefault(hit.Key, float.MinValue));
                }

                byTerm[term] = closest;
            }
        }
        catch (SemanticUnavailableException e)
        {
            throw new CommandInputException($"{SearchFields.Prefix(first.Field)} {e.Message}");
        }

        var matches = byTerm.ToDictionary(t => t.Key, t => (IReadOnlySet<string>)t.Value.Keys.ToHashSet(StringComparer.Ordinal));
        return request with { SemanticMatches = matches, SemanticSimilarity = Combined(request.Query.Root, byTerm) ?? [] };
    }

    /// <summary>
    /// How close a paper is to the query's meaning terms as the query joins them: under AND to the farthest of them
    /// (a paper is only as close to "A and B" as it is to the one it is less about), under OR to the closest; NOT and
    /// word terms add nothing. Null for a part without meaning terms.
    /// </summary>
    private static Dictionary<string, float>? Combined(QueryNode node, IReadOnlyDictionary<TermNode, Dictionary<string, float>> byTerm) => node switch
    {
        TermNode term => byTerm.GetValueOrDefault(term),
        AndNode and => Join(and.Children, byTerm, all: true),
        OrNode or => Join(or.Children, byTerm, all: false),
        _ => null,
    };

    private static Dictionary<string, float>? Join(IReadOnlyList<QueryNode> children, IReadOnlyDictionary<TermNode, Dictionary<string, float>> byTerm, bool all)
    {
        var parts = children.Select(c => Combined(c, byTerm)).OfType<Dictionary<string, float>>().ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var joined = new Dictionary<string, float>(parts[0], StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
        {
            if (all)
            {
                // Only papers close to every part match the AND.
                joined = joined.Where(p => part.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => Math.Min(p.Value, part[p.Key]), StringComparer.Ordinal);
            }
            else
            {
                foreach (var (key, value) in part)
                {
                    joined[key] = Math.Max(value, joined.GetValueOrDefault(key, float.MinValue));
                }
            }
        }

        return joined;
    }

    /// <summary>The option's spelling of a retrieval.</summary>
    public static string Name(SearchRetrieval retrieval) => retrieval.ToString().ToLowerInvariant();

    /// <summary>What a question's reply adds when no paper has a vector yet (a bot makes them in the background; status says how far).</summary>
    internal const string NoVectorsYet = "by words only, as no paper has a vector yet";

    /// <summary>What a question's reply adds when it is nothing but authors' names (<see cref="SearchService.NamesOnly"/>).</summary>
    internal const string NamesAsked = "by words only, as the question names authors";

    /// <summary>What a question's reply adds when the model cannot load (the log has the error).</summary>
    internal const string NoModel = "by words only, as the embedding model could not be loaded (the log says why)";

    private string? Unavailable() =>
        !index.Enabled ? "semantic search is off (DigestBot:Semantic:Enabled is false)"
        : index.Count == 0 ? "no paper has a vector yet: run embed, or let the bot embed them in the background (status shows how far it is)"
        : null;

    private float? Similarity(float[] question, string key) =>
        index.Get(key) is { } vector ? Vectors.Dot(question, vector.ToFloats()) : null;
}
