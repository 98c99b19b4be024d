namespace DigestBot.Commands;

/// <summary>The pieces of <see cref="ReplyMarkup"/>.</summary>
public enum MarkupKind
{
    /// <summary>Literal text, shown as it is.</summary>
    Text,

    /// <summary>Text in bold: <c>**text**</c> (matched words in a snippet, a title inside a description).</summary>
    Bold,

    /// <summary>A masked link: <c>[label](https://…)</c>.</summary>
    Link,

    /// <summary>Inline code: <c>`text`</c> (a watch's query).</summary>
    Code,

    /// <summary>The rest of the line is small print: <c>-# </c> at the start of a line.</summary>
    SmallPrint,
}
