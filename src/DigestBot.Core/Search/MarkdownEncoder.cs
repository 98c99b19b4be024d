using DigestBot.Commands;
using Lucene.Net.Search.Highlight;

namespace DigestBot.Search;

/// <summary>
/// Escapes the abstract's own text (<see cref="ReplyMarkup.Escape"/>) around the highlights, so a stray <c>*</c> (LaTeX in
/// abstracts), backtick or bracket cannot unbalance the <c>**</c> marks or read as markup. Each piece sits inside the
/// snippet's line (the highlighter cuts "tool-calling" at its hyphen), so a leading hyphen is left alone; a snippet
/// that itself starts with one is escaped by <see cref="Snippets"/>.
/// </summary>
internal sealed class MarkdownEncoder : IEncoder
{
    public string EncodeText(string originalText) => ReplyMarkup.Escape(originalText, startsLine: false);
}
