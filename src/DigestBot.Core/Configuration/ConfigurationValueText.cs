using System.ComponentModel;
using System.Globalization;
using System.Numerics;

namespace DigestBot.Configuration;

/// <summary>
/// Whether a configuration string converts to a property's type as the binder converts it (the type's converter,
/// invariant culture), and if not, what is wrong in words: never a .NET type name. Stricter than the binder where it
/// would accept something surprising: an enum number or combination, a bare number as a duration (read as days).
/// </summary>
internal static class ConfigurationValueText
{
    public const string DurationHelp = "hh:mm:ss, e.g. 00:00:30; d.hh:mm:ss for days";

    /// <summary>Null when <paramref name="value"/> is fine; else <c>'abc' is not a whole number</c>.</summary>
    public static string? Problem(string value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null && value.Length == 0)
        {
            return null; // an empty value leaves an optional setting unset
        }

        var target = underlying ?? type;
        if (target == typeof(string))
        {
            return null;
        }

        if (target.IsEnum)
        {
            var names = Enum.GetNames(target);
            return names.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase) ? null : $"'{value}' is not one of {string.Join(", ", names)}";
        }

        if (target == typeof(TimeSpan) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return $"'{value}' is not a duration: a bare number would be read as days ({DurationHelp})";
        }

        try
        {
            TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value);
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            return $"'{value}' {Expected(target, value)}";
        }
    }

    private static string Expected(Type type, string value)
    {
        if (type == typeof(int) || type == typeof(long))
        {
            var (min, max) = type == typeof(int) ? ((long)int.MinValue, (long)int.MaxValue) : (long.MinValue, long.MaxValue);
            return BigInteger.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                ? $"is out of range ({min} to {max})"
                : "is not a whole number";
        }

        return type == typeof(bool) ? "is not true or false"
            : type == typeof(TimeSpan) ? $"is not a duration ({DurationHelp})"
            : type == typeof(double) || type == typeof(decimal) || type == typeof(float) ? "is not a number"
            : type == typeof(Uri) ? "is not a URL"
            : "is not a valid value here";
    }
}
