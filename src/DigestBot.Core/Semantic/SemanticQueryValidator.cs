using DigestBot.Papers;
using DigestBot.QueryLanguage;
using DigestBot.Sources;
using DigestBot.Watches;
using Microsoft.Extensions.Options;

namespace DigestBot.Semantic;

/// <summary>
/// Watch queries as <see cref="SearchQuery.TryParse"/> reads them, and their <c>like:</c> and <c>about:</c> terms
/// usable: semantic search on, and every <c>like:</c> paper stored (its vector is what new papers are compared with).
/// </summary>
internal sealed class SemanticQueryValidator(SemanticIndex index, PaperLookup papers, IOptions<SourcesOptions> sources) : IQueryValidator
{
    public string? Validate(string query)
    {
        if (!SearchQuery.TryParse(query, out var parsed, out var error))
        {
            return error;
        }

        if (parsed.SemanticTerms is not [var first, ..] terms)
        {
            return null;
        }

        if (!index.Enabled)
        {
            return $"{SearchFields.Prefix(first.Field)} matches by meaning, and semantic search is off (DigestBot:Semantic:Enabled is false)";
        }

        return SemanticSeeds.NotStored(terms, papers, "--about", sources.Value.FetchMissing);
    }
}
