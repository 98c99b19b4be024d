using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DigestBot.Dashboard;

/// <summary>
/// Markup that is already safe to send. Every page is built from <see cref="Of"/> templates, whose holes are
/// HTML-encoded unless they are <see cref="Html"/> themselves, so paper titles and queries can never inject markup.
/// </summary>
public readonly record struct Html(string Value)
{
    public static Html Empty { get; } = new(string.Empty);

    /// <summary>Encodes what HTML needs encoded and leaves other scripts' letters readable (titles in any language).</summary>
    internal static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A template whose interpolated values are encoded (see <see cref="HtmlTemplate"/>).</summary>
    public static Html Of(ref HtmlTemplate template) => template.Build();

    /// <summary>Text encoded for an element or a quoted attribute.</summary>
    public static Html Text(string? text) => new(Encoder.Encode(text ?? string.Empty));

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary>Only for literal markup written in this code, never for data.</summary>
    public static Html Trusted(string markup) => new(markup);

    public static Html When(bool condition, Html html) => condition ? html : Empty;

    public override string ToString() => Value;
}
