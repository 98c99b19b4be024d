using System.Text.RegularExpressions;
using DigestBot.Papers;

namespace DigestBot.Search;

/// <summary>
/// A question typed into search that asks for <c>similar</c>: <c>papers similar to 2606.13392</c>, <c>more like
/// https://arxiv.org/abs/2606.13392</c>, <c>related work to 10.1038/…</c>. Searched as words, it found papers that say
/// "similar".
/// </summary>
public static partial class SimilarQuestion
{
    /// <summary>The paper the question names (an id, DOI or link, as <c>similar</c> takes it), or null when it is no such question.</summary>
    public static string? Paper(string text) =>
        Pattern().Match(text.Trim()) is { Success: true } m && PaperId.TryParse(m.Groups["paper"].Value, out _) ? m.Groups["paper"].Value : null;

    [GeneratedRegex(
        @"^(?:(?:show|find|give|list|get)(?:\s+me)?\s+)?(?:(?:other|more|some)\s+)?(?:(?:papers?|work|research|articles?|studies)\s+)?(?:(?:that|which)\s+(?:are|is)\s+)?(?:(?:similar|related|close|closest)\s+to|(?:more\s+)?like|related\s+work\s+(?:to|for|of))\s+(?<paper>\S+?)[?.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
