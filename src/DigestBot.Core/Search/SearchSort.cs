namespace DigestBot.Search;

/// <summary>The order of results (<c>search --sort relevance|date</c>); equal scores are always broken by date, newest first.</summary>
public enum SearchSort
{
    Relevance,

    /// <summary>Newest first; what a query gets by default when nothing in it is ranked (<c>cat:cs.LG</c>, <c>au:…</c>, <c>normaliz*</c>).</summary>
    Date,
}
