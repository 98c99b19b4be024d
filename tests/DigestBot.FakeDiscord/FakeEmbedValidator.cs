using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>One embed's limits; returns its size towards the message's 6000 total.</summary>
internal static class FakeEmbedValidator
{
    public static int Check(JsonNode? embed, string path, FakeChecks checks)
    {
        if (embed is not JsonObject)
        {
            checks.Add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            return 0;
        }

        var type = checks.Text(embed, "type", $"{path}.type", 64);
        if (type is not null and not "rich")
        {
            checks.Add($"{path}.type", "EMBED_TYPE_INVALID", "Only rich embeds may be sent");
        }

        var size = Len(checks.Text(embed, "title", $"{path}.title", 256));
        size += Len(checks.Text(embed, "description", $"{path}.description", 4096));
        checks.Url(checks.Text(embed, "url", $"{path}.url", 2048, trim: false), $"{path}.url");
        if (embed["footer"] is { } footer)
        {
            size += Len(checks.Text(footer, "text", $"{path}.footer.text", 2048, required: true));
            checks.Url(checks.Text(footer, "icon_url", $"{path}.footer.icon_url", 2048, trim: false), $"{path}.footer.icon_url");
        }

        if (embed["author"] is { } author)
        {
            size += Len(checks.Text(author, "name", $"{path}.author.name", 256, required: true));
            checks.Url(checks.Text(author, "url", $"{path}.author.url", 2048, trim: false), $"{path}.author.url");
        }

        var fields = checks.Array(embed, "fields", $"{path}.fields", 25);
        for (var i = 0; fields is not null && i < fields.Count; i++)
        {
            var field = fields[i];
            size += Len(checks.Text(field, "name", $"{path}.fields.{i}.name", 256, required: true));
            size += Len(checks.Text(field, "value", $"{path}.fields.{i}.value", 1024, required: true));
            checks.Boolean(field, "inline", $"{path}.fields.{i}.inline");
        }

        return size;
    }

    private static int Len(string? text) => text?.Trim().Length ?? 0;
}
