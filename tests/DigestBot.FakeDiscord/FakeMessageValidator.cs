using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>
/// Checks a message document as Discord documents it: content 2000, 10 embeds, embed limits and the 6000 total
/// (after trimming), URLs, legacy component layout, allowed mentions, nonce and flags. Returns the error
/// response Discord would send, or null when the document is acceptable.
/// </summary>
public static class FakeMessageValidator
{
    private const int SuppressEmbeds = 1 << 2;
    private const int Ephemeral = 1 << 6;
    private const int SuppressNotifications = 1 << 12;
    private const int ComponentsV2 = 1 << 15;

    public static FakeResponse? Validate(JsonNode? body, FakeMessageKind kind, bool requireNoMentions = false)
    {
        if (body is not JsonObject message)
        {
            return FakeErrors.InvalidForm([new FakeValidationError(string.Empty, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")]);
        }

        var checks = new FakeChecks();
        var content = checks.Text(message, "content", "content", 2000, trim: false);
        var embeds = checks.Array(message, "embeds", "embeds", 10);
        var components = checks.Array(message, "components", "components", 5);
        var total = 0;
        for (var i = 0; embeds is not null && i < embeds.Count; i++)
        {
            total += FakeEmbedValidator.Check(embeds[i], $"embeds.{i}", checks);
        }

        if (total > 6000)
        {
            checks.Add("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
        }

        FakeComponentValidator.Check(components, checks);
        CheckMentions(message["allowed_mentions"], checks);
        if (requireNoMentions)
        {
            CheckNoMentions(message["allowed_mentions"], checks);
        }

        CheckNonce(message, kind, checks);
        var flags = checks.Integer(message, "flags", "flags") ?? 0;
        var allowed = SuppressEmbeds | SuppressNotifications | ComponentsV2 | (kind == FakeMessageKind.Interaction ? Ephemeral : 0);
        if ((flags & ~allowed) != 0)
        {
            checks.Add("flags", "MESSAGE_FLAGS_INVALID", "Invalid flags");
        }
        else if ((flags & ComponentsV2) != 0 && (content is not null || embeds is { Count: > 0 }))
        {
            checks.Add("flags", "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2", "The 'content' and 'embeds' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2");
        }

        if (checks.Errors.Count > 0)
        {
            return FakeErrors.InvalidForm(checks.Errors);
        }

        var empty = string.IsNullOrWhiteSpace(content) && embeds is not { Count: > 0 } && components is not { Count: > 0 };
        return empty && kind == FakeMessageKind.Create ? FakeErrors.EmptyMessage() : null;
    }

    private static void CheckMentions(JsonNode? node, FakeChecks checks)
    {
        if (node is null)
        {
            return;
        }

        var parse = checks.Array(node, "parse", "allowed_mentions.parse", 3);
        var kinds = parse?.Select(p => p?.GetValueKind() == JsonValueKind.String ? p.GetValue<string>() : "?").ToList() ?? [];
        foreach (var kind in kinds.Where(k => k is not ("users" or "roles" or "everyone")))
        {
            checks.Add("allowed_mentions.parse", "ENUM_TYPE_COERCE", $"Value \"{kind}\" is not a valid enum value.");
        }

        foreach (var list in new[] { "users", "roles" })
        {
            if (kinds.Contains(list) && node[list] is JsonArray { Count: > 0 })
            {
                checks.Add("allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", $"parse:[\"{list}\"] and {list}: [ids...] are mutually exclusive.");
            }

            checks.Array(node, list, $"allowed_mentions.{list}", 100);
        }
    }

    /// <summary>Not a Discord rule: DigestBot's promise that nothing it posts can ping (see FakeDiscordOptions.RequireNoMentions).</summary>
    private static void CheckNoMentions(JsonNode? node, FakeChecks checks)
    {
        var silent = node is JsonObject mentions
            && mentions["parse"] is JsonArray { Count: 0 }
            && mentions["users"] is null or JsonArray { Count: 0 }
            && mentions["roles"] is null or JsonArray { Count: 0 }
            && mentions["replied_user"]?.GetValue<bool>() != true;
        if (!silent)
        {
            checks.Add("allowed_mentions", "DIGESTBOT_MENTIONS_NOT_SUPPRESSED", "DigestBot sends every message with allowed_mentions {\"parse\": []}");
        }
    }

    private static void CheckNonce(JsonObject message, FakeMessageKind kind, FakeChecks checks)
    {
        var nonce = message["nonce"];
        if (nonce is null)
        {
            return;
        }

        if (kind != FakeMessageKind.Create)
        {
            return;
        }

        if (nonce.GetValueKind() == JsonValueKind.String)
        {
            checks.Text(message, "nonce", "nonce", 25, trim: false);
        }
        else if (nonce.GetValueKind() != JsonValueKind.Number)
        {
            checks.Add("nonce", "BASE_TYPE_STRING", "Could not interpret value as string.");
        }

        checks.Boolean(message, "enforce_nonce", "enforce_nonce");
    }
}
