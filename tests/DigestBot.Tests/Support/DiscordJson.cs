using System.Text.Json.Nodes;
using Discord;
using DigestBot.DiscordBot;

namespace DigestBot.Tests.Support;

/// <summary>
/// A rendered message as the JSON document Discord receives, for the fake's validators in tests that render without
/// sending (the field names Discord documents; what Discord.Net actually sends is checked end to end by the golden
/// tests). Only what the renderer sets is written.
/// </summary>
internal static class DiscordJson
{
    public static JsonObject Of(DiscordMessage message)
    {
        var json = new JsonObject { ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };
        if (message.Content is { } content)
        {
            json["content"] = content;
        }

        if (message.Embeds.Count > 0)
        {
            json["embeds"] = new JsonArray([.. message.Embeds.Select(Embed)]);
        }

        if (message.Components is { } components)
        {
            json["components"] = new JsonArray([.. components.Components.Select(Component)]);
        }

        if (message.Ephemeral)
        {
            json["flags"] = 64;
        }

        // Parsed back, as the fake reads a request body (values built in memory keep their .NET types).
        return JsonNode.Parse(json.ToJsonString())!.AsObject();
    }

    private static JsonObject Embed(Embed embed)
    {
        var json = new JsonObject { ["type"] = "rich" };
        Set(json, "title", embed.Title);
        Set(json, "description", embed.Description);
        Set(json, "url", embed.Url);
        if (embed.Fields.Length > 0)
        {
            json["fields"] = new JsonArray([.. embed.Fields.Select(f => new JsonObject { ["name"] = f.Name, ["value"] = f.Value, ["inline"] = f.Inline })]);
        }

        if (embed.Footer is { } footer)
        {
            json["footer"] = new JsonObject { ["text"] = footer.Text };
        }

        return json;
    }

    private static JsonObject Component(IMessageComponent component) => component switch
    {
        ActionRowComponent row => new JsonObject { ["type"] = 1, ["components"] = new JsonArray([.. row.Components.Select(Component)]) },
        ButtonComponent { Style: ButtonStyle.Link } link => new JsonObject { ["type"] = 2, ["style"] = 5, ["label"] = link.Label, ["url"] = link.Url },
        ButtonComponent button => new JsonObject { ["type"] = 2, ["style"] = (int)button.Style, ["label"] = button.Label, ["custom_id"] = button.CustomId },
        _ => new JsonObject { ["type"] = (int)component.Type },
    };

    private static void Set(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
