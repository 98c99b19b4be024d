using Lucene.Net.Search.Highlight;

namespace DigestBot.Search;

/// <summary>Escapes the text around highlights so a stray <c>*</c> (LaTeX in abstracts) cannot unbalance the <c>**</c> marks.</summary>
internal sealed class MarkdownEncoder : IEncoder
{
    public string EncodeText(string originalText) => originalText.Replace("*", "\\*", StringComparison.Ordinal);
}
