using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DigestBot.FakeDiscord;

/// <summary>
/// One REST route of the fake: its template, the pattern matching its path (named groups give the ids; the
/// group <c>major</c> is the top-level resource its bucket is keyed on), and what it does.
/// </summary>
internal sealed record FakeRoute(string Method, string Template, Regex Pattern, FakeBucketRule Rule, bool IsInteraction, bool HasBody, Func<FakeCall, FakeResponse> Handle);

/// <summary>A matched request: its path parameters, query and parsed JSON body.</summary>
internal sealed record FakeCall(Match Match, string Query, JsonNode? Body)
{
    public ulong Id(string group) => ulong.Parse(Match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    public string Text(string group) => Match.Groups[group].Value;

    public JsonObject Object => Body as JsonObject ?? [];
}
