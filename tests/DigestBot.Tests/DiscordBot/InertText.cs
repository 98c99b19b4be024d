using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// Checks that hostile paper and user text arrived inert in what Discord received: no mention, ping, heading, quote or
/// small print of its own, no link but the papers' own, and every message with <c>allowed_mentions: {"parse": []}</c>.
/// </summary>
internal static partial class InertText
{
    /// <summary>The only addresses a masked link may point at: the papers' own.</summary>
    private static readonly string[] OwnLinks = ["https://arxiv.org/", "https://github.com/evil/prune_%28it%29"];

    public static void Assert(IEnumerable<(string Route, JsonNode? Body)> requests)
    {
        foreach (var (route, body) in requests)
        {
            var message = body?["data"] as JsonObject ?? (route.Contains("/threads", StringComparison.Ordinal) ? null : body as JsonObject);
            if (message is not null && (message.ContainsKey("content") || message.ContainsKey("embeds")))
            {
                Xunit.Assert.Equal("""{"parse":[]}""", message["allowed_mentions"] is JsonObject mentions ? RecordedReplies.NoExtraMentions(mentions).ToJsonString() : null);
            }

            foreach (var text in Texts(body))
            {
                Xunit.Assert.DoesNotMatch(UnescapedMention(), text);
                Xunit.Assert.DoesNotMatch(LineMarkup(), text);
                foreach (Match link in MaskedLink().Matches(text))
                {
                    Xunit.Assert.Contains(OwnLinks, own => link.Groups["url"].Value.StartsWith(own, StringComparison.Ordinal));
                }
            }
        }
    }

    /// <summary>Every string Discord renders markdown in: content, titles, descriptions, field names and values (footers and labels show none).</summary>
    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "content" or "title" or "description" or "name" or "value" && p.Value?.GetValueKind() == JsonValueKind.String
            ? [p.Value.GetValue<string>()]
            : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    [GeneratedRegex(@"(?<!\\)(@everyone|@here|<@|<#)")]
    private static partial Regex UnescapedMention();

    /// <summary>A heading, quote or small print starting a line, other than a digest's own marker line.</summary>
    [GeneratedRegex(@"(?m)^\s*(#{1,3} |> |-# (?!digest \d+-\d+ · part \d+/\d+$))")]
    private static partial Regex LineMarkup();

    [GeneratedRegex(@"(?<!\\)\[(?:[^\]\\]|\\.)*\]\((?<url>[^)\s]*)\)")]
    private static partial Regex MaskedLink();
}
