using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DigestBot.Dashboard;

/// <summary>
/// The interpolated-string handler behind <see cref="Html.Of"/>: literal parts are markup written here, holes are
/// data and get encoded (numbers and dates in the invariant culture), except values that are already <see cref="Html"/>.
/// </summary>
[InterpolatedStringHandler]
public ref struct HtmlTemplate
{
    private readonly StringBuilder _text;

    public HtmlTemplate(int literalLength, int formattedCount)
    {
        _text = new StringBuilder(literalLength + (formattedCount * 16));
    }

    public readonly void AppendLiteral(string value) => _text.Append(value);

    public readonly void AppendFormatted(Html value) => _text.Append(value.Value);

    public readonly void AppendFormatted(IEnumerable<Html> values)
    {
        foreach (var value in values)
        {
            _text.Append(value.Value);
        }
    }

    /// <summary>Any other value is data, encoded; a list of fragments (which overload resolution sends here) is markup.</summary>
    public readonly void AppendFormatted<T>(T value)
    {
        switch (value)
        {
            case Html html:
                AppendFormatted(html);
                break;
            case IEnumerable<Html> many:
                AppendFormatted(many);
                break;
            default:
                _text.Append(Html.Encoder.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
                break;
        }
    }

    public readonly void AppendFormatted<T>(T value, string format)
        where T : IFormattable =>
        _text.Append(Html.Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    internal readonly Html Build() => new(_text.ToString());
}
