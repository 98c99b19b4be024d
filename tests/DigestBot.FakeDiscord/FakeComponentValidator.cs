using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>
/// Legacy components: at most 5 action rows, each holding up to 5 buttons or exactly one select; link buttons
/// carry a URL (≤512) and no custom id, the others a custom id of 1–100 characters unique in the message.
/// </summary>
internal static class FakeComponentValidator
{
    public static void Check(JsonArray? rows, FakeChecks checks)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; rows is not null && r < rows.Count; r++)
        {
            var path = $"components.{r}";
            if (checks.Integer(rows[r], "type", $"{path}.type") != 1)
            {
                checks.Add($"{path}.type", "COMPONENT_LAYOUT_INVALID", "Top-level components must be action rows");
                continue;
            }

            var children = checks.Array(rows[r], "components", $"{path}.components", 5);
            if (children is null || children.Count == 0)
            {
                checks.Add($"{path}.components", "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.");
                continue;
            }

            var types = children.Select(c => checks.Integer(c, "type", $"{path}.components.type")).ToList();
            if (types.Any(t => t != 2) && children.Count > 1)
            {
                checks.Add($"{path}.components", "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "A select must be alone in its action row");
            }

            for (var c = 0; c < children.Count; c++)
            {
                Child(children[c], types[c], $"{path}.components.{c}", ids, checks);
            }
        }
    }

    private static void Child(JsonNode? child, long? type, string path, HashSet<string> ids, FakeChecks checks)
    {
        var customId = checks.Text(child, "custom_id", $"{path}.custom_id", 100, trim: false);
        if (customId is not null && !ids.Add(customId))
        {
            checks.Add($"{path}.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
        }

        if (type is 3 or 5 or 6 or 7 or 8)
        {
            if (customId is null)
            {
                checks.Add($"{path}.custom_id", "BASE_TYPE_REQUIRED", "This field is required");
            }

            return;
        }

        if (type != 2)
        {
            checks.Add($"{path}.type", "COMPONENT_TYPE_INVALID", "Invalid component type");
            return;
        }

        checks.Text(child, "label", $"{path}.label", 80, trim: false);
        var style = checks.Integer(child, "style", $"{path}.style");
        var url = checks.Text(child, "url", $"{path}.url", 512, trim: false);
        if (style == 5)
        {
            if (url is null)
            {
                checks.Add($"{path}.url", "BASE_TYPE_REQUIRED", "This field is required");
            }

            checks.Url(url, $"{path}.url", 512);
            if (customId is not null)
            {
                checks.Add($"{path}.custom_id", "BUTTON_COMPONENT_LINK_HAS_CUSTOM_ID", "A link button cannot have a custom id");
            }
        }
        else if (style is >= 1 and <= 4)
        {
            if (customId is null || customId.Length == 0)
            {
                checks.Add($"{path}.custom_id", "BASE_TYPE_REQUIRED", "This field is required");
            }

            if (url is not null)
            {
                checks.Add($"{path}.url", "BUTTON_COMPONENT_URL_NOT_ALLOWED", "A non-link button cannot have a url");
            }
        }
        else
        {
            checks.Add($"{path}.style", "BUTTON_COMPONENT_INVALID_STYLE", "Invalid button style");
        }
    }
}
