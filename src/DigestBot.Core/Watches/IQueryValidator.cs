namespace DigestBot.Watches;

/// <summary>Checks a watch query in the search query language; returns the parser's one-line message, or null when valid.</summary>
public interface IQueryValidator
{
    string? Validate(string query);
}
