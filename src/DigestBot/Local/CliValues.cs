using System.CommandLine.Parsing;
using System.Globalization;

namespace DigestBot.Local;

/// <summary>
/// Our own conversions for typed CLI values, so a bad one reads <c>--limit: 'abc' is not a whole number</c> rather
/// than System.CommandLine's line naming <c>System.Nullable`1[System.Int64]</c>.
/// </summary>
internal static class CliValues
{
    public static Func<ArgumentResult, long?> WholeNumber(string prefix, string suffix) => result =>
    {
        // Zero or several values are arity errors, which System.CommandLine reports (and we word) itself.
        if (result.Tokens is not [var token])
        {
            return null;
        }

        if (long.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var problem = token.Value.TrimStart('-', '+') is { Length: > 0 } digits && digits.All(char.IsAsciiDigit) ? "is out of range" : "is not a whole number";
        result.AddError($"{prefix}'{token.Value}' {problem}{suffix}");
        return null;
    };
}
