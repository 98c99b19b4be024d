using DigestBot.QueryLanguage;


namespace DigestBot.Watches;

/// <summary>Watches speak the search language: a query is valid exactly when the search parser accepts it.</summary>
internal sealed class SearchQueryValidator : IQueryValidator
{
    public string? Validate(string query) => SearchQuery.TryParse(query, out _, out var error) ? null : error;
}
