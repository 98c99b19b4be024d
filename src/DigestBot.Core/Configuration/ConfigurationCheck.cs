using System.Collections;
using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace DigestBot.Configuration;

/// <summary>
/// Reads every configured value of an options section the way the binder will, before it does. The binder's own
/// failure is an exception naming .NET types, and a bad entry of a dictionary (a source with a misspelt type) is
/// dropped without a word; here each becomes one line naming the key, its environment variable and what is allowed.
/// </summary>
public static class ConfigurationCheck
{
    /// <summary>The problems of <paramref name="section"/> read as <paramref name="type"/>; empty when it binds cleanly.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, string section, Type type)
    {
        var problems = new List<string>();
        CheckObject(configuration.GetSection(section), type, problems);
        problems.AddRange(DeprecatedDurations.Problems(configuration, section));
        return problems;
    }

    /// <summary><c>DigestBot:Storage:KeepPapers (env DigestBot__Storage__KeepPapers)</c>.</summary>
    public static string Key(string path) => $"{path} (env {path.Replace(":", "__", StringComparison.Ordinal)})";

    private static void CheckObject(IConfigurationSection section, Type type, List<string> problems)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var child = section.GetSection(property.Name);
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null && child.Exists())
            {
                Check(child, property.PropertyType, property.SetMethod?.IsPublic == true, problems);
            }
        }
    }

    private static void Check(IConfigurationSection section, Type type, bool settable, List<string> problems)
    {
        // A value on a list or a section is never read by the binder, children or not: a mistake, said as one.
        var hasValue = !string.IsNullOrEmpty(section.Value);
        if (IsScalar(type))
        {
            // Computed properties (EffectiveMode) are not bound; a value's sub-keys are ignored by the binder too.
            if (settable && section.Value is { } value && ConfigurationValueText.Problem(value, type) is { } problem)
            {
                problems.Add($"{Key(section.Path)}: {problem}");
            }
        }
        else if (ElementType(type, out var isDictionary) is { } element)
        {
            if (hasValue)
            {
                var example = isDictionary ? "__NAME__KEY" : "__0, __1, …";
                problems.Add($"{Key(section.Path)}: is a {(isDictionary ? "set of named sections" : "list")}, not a single value: set {Env(section.Path)}{example}");
            }

            foreach (var item in section.GetChildren())
            {
                Check(item, element, settable: true, problems);
            }
        }
        else if (hasValue)
        {
            problems.Add($"{Key(section.Path)}: is a section, not a single value: set its keys ({Env(section.Path)}__KEY)");
        }
        else
        {
            CheckObject(section, type, problems);
        }
    }

    internal static bool IsScalar(Type type) =>
        type == typeof(string) || TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).CanConvertFrom(typeof(string));

    /// <summary>The element type of a list or the value type of a string-keyed dictionary; null for other types.</summary>
    internal static Type? ElementType(Type type, out bool isDictionary)
    {
        isDictionary = false;
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!typeof(IEnumerable).IsAssignableFrom(type) || !type.IsGenericType)
        {
            return null;
        }

        var arguments = type.GetGenericArguments();
        isDictionary = arguments.Length == 2;
        return arguments[^1];
    }

    private static string Env(string path) => path.Replace(":", "__", StringComparison.Ordinal);
}
