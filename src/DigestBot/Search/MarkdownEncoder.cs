using DigestBot.Commands;
using Lucene.Net.Search.Highlight;

namespace DigestBot.Search;

/// <summary>
/// Escapes the abstract's own text (<see cref="ReplyMarkup.Escape"/>) around the highlights, so a stray <c>*</c> (LaTeX in
/// abstracts), backtick or bracket cannot unbalance the <c>**</c> marks or read as markup.
/// </summary>
internal sealed class MarkdownEncoder : IEncoder
{
    public string EncodeText(string originalText) => ReplyMarkup.Escape(originalText);
}
