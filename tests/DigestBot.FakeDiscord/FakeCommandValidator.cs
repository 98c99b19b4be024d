using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DigestBot.FakeDiscord;

/// <summary>
/// Checks a bulk-overwrite body: names (1–32, Discord's character set, lower-case), descriptions (1–100),
/// options (≤25, required first, one level of nesting, choices ≤25, no autocomplete with choices), permissions
/// as a bitfield, contexts, unique names, and 8000 characters per command. Discord documents the permissions as a
/// decimal string but takes a number as well, and takes an empty <c>options</c> array on an argument (Discord.Net
/// sends both; issue 17), so the fake does too.
/// </summary>
public static partial class FakeCommandValidator
{
    public static FakeResponse? Validate(JsonNode? body)
    {
        if (body is not JsonArray commands)
        {
            return FakeErrors.InvalidForm([new FakeValidationError(string.Empty, "BASE_TYPE_ARRAY", "Could not interpret value as array.")]);
        }

        var checks = new FakeChecks();
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (commands.Count > 100)
        {
            checks.Add(string.Empty, "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
        }

        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var name = Name(command, $"{i}.name", checks);
            if (name is not null && !names.Add(name))
            {
                checks.Add($"{i}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique ({name})");
            }

            var size = (name?.Length ?? 0) + (checks.Text(command, "description", $"{i}.description", 100, required: true)?.Length ?? 0);
            if (!Bitfield(command?["default_member_permissions"]))
            {
                checks.Add($"{i}.default_member_permissions", "BASE_TYPE_STRING", "Must be a permission bitfield string");
            }

            Integers(command, "contexts", $"{i}.contexts", [0, 1, 2], checks);
            Integers(command, "integration_types", $"{i}.integration_types", [0, 1], checks);
            var type = checks.Integer(command, "type", $"{i}.type") ?? 1;
            if (type is < 1 or > 4)
            {
                checks.Add($"{i}.type", "ENUM_TYPE_COERCE", "Invalid application command type");
            }

            size += Options(command, $"{i}.options", depth: 0, checks);
            if (size > 8000)
            {
                checks.Add($"{i}", "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)");
            }
        }

        return checks.Errors.Count > 0 ? FakeErrors.InvalidForm(checks.Errors) : null;
    }

    private static int Options(JsonNode? parent, string path, int depth, FakeChecks checks)
    {
        var options = checks.Array(parent, "options", path, 25);
        var size = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seenOptional = false;
        for (var i = 0; options is not null && i < options.Count; i++)
        {
            var option = options[i];
            var at = $"{path}.{i}";
            var name = Name(option, $"{at}.name", checks);
            if (name is not null && !names.Add(name))
            {
                checks.Add($"{at}.name", "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique");
            }

            size += (name?.Length ?? 0) + (checks.Text(option, "description", $"{at}.description", 100, required: true)?.Length ?? 0);
            var type = checks.Integer(option, "type", $"{at}.type");
            var nested = type is 1 or 2;
            if (type is null or < 1 or > 11)
            {
                checks.Add($"{at}.type", "ENUM_TYPE_COERCE", "Invalid option type");
            }
            else if (nested && (depth > 1 || (type == 2 && depth > 0) || (depth == 1 && parent?["type"]?.GetValue<int>() == 1)))
            {
                checks.Add($"{at}.type", "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-commands nest at most one level (command, group, sub-command)");
            }

            var required = checks.Boolean(option, "required", $"{at}.required") == true;
            if (!nested && required && seenOptional)
            {
                checks.Add($"{path}", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            }

            seenOptional |= !nested && !required;
            size += Choices(option, at, checks);
            checks.Integer(option, "min_length", $"{at}.min_length");
            checks.Integer(option, "max_length", $"{at}.max_length");
            if ((option?["min_value"] is not null || option?["max_value"] is not null) && type is not (4 or 10))
            {
                checks.Add($"{at}.min_value", "APPLICATION_COMMAND_OPTION_MIN_MAX_INVALID", "min_value/max_value are only for integer and number options");
            }

            size += nested ? Options(option, $"{at}.options", depth + 1, checks) : 0;
            if (!nested && option?["options"] is not (null or JsonArray { Count: 0 }))
            {
                checks.Add($"{at}.options", "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Only sub-commands and groups have options");
            }
        }

        if (options is not null && options.Any(o => o?["type"]?.GetValue<int>() is 1 or 2) && options.Any(o => o?["type"]?.GetValue<int>() is not (1 or 2)))
        {
            checks.Add(path, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-commands and groups cannot be mixed with other options");
        }

        return size;
    }

    private static int Choices(JsonNode? option, string at, FakeChecks checks)
    {
        var choices = checks.Array(option, "choices", $"{at}.choices", 25);
        if (choices is { Count: > 0 } && checks.Boolean(option, "autocomplete", $"{at}.autocomplete") == true)
        {
            checks.Add($"{at}.autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID", "Autocomplete cannot be set with choices");
        }

        var size = 0;
        for (var c = 0; choices is not null && c < choices.Count; c++)
        {
            size += checks.Text(choices[c], "name", $"{at}.choices.{c}.name", 100, required: true)?.Length ?? 0;
            if (choices[c]?["value"] is { } value && value.GetValueKind() == JsonValueKind.String)
            {
                size += checks.Text(choices[c], "value", $"{at}.choices.{c}.value", 100, trim: false)?.Length ?? 0;
            }
        }

        return size;
    }

    /// <summary>Absent, null, a decimal string or a non-negative whole number.</summary>
    private static bool Bitfield(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => true,
        JsonValueKind.String => ulong.TryParse(value.GetValue<string>(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _),
        JsonValueKind.Number => value.AsValue().TryGetValue<ulong>(out _),
        _ => false,
    };

    private static string? Name(JsonNode? node, string path, FakeChecks checks)
    {
        var name = checks.Text(node, "name", path, 32, required: true, trim: false);
        if (name is not null && (!NamePattern().IsMatch(name) || name.Any(c => char.ToLowerInvariant(c) != c)))
        {
            checks.Add(path, "APPLICATION_COMMAND_INVALID_NAME", $"Command name is invalid ({name})");
        }

        return name;
    }

    private static void Integers(JsonNode? node, string name, string path, int[] allowed, FakeChecks checks)
    {
        var array = checks.Array(node, name, path, allowed.Length);
        foreach (var item in array ?? [])
        {
            if (item?.GetValueKind() != JsonValueKind.Number || !allowed.Contains(item.GetValue<int>()))
            {
                checks.Add(path, "ENUM_TYPE_COERCE", $"Value is not a valid {name} value.");
            }
        }
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
