using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DigestBot.FakeDiscord;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// What the fake Discord accepted since a mark, as the golden files hold it: every request that carries (or removes) a
/// message, in arrival order, as its route template and its JSON body. Nothing here knows the client that sent them, so
/// the golden files judge any client. Only what legitimately varies is normalised: the values of nonces and of a stored
/// search's key; and forms Discord reads alike: key order, <c>"type": "rich"</c> on an embed, <c>"tts": false</c>,
/// <c>"flags": 0</c>, the defaults <c>"inline": false</c> (fields) and <c>"disabled": false</c> (buttons), empty
/// <c>roles</c>/<c>users</c> lists in <c>allowed_mentions</c> (but never an empty <c>parse</c>), a defer's empty
/// <c>data</c>, and nulls and empty <c>embeds</c>/<c>fields</c>/<c>components</c> lists in a create or inside an
/// embed or component, which is replaced whole. At the top of an edit they are kept: there null or an empty list clears.
/// </summary>
internal static partial class RecordedReplies
{
    private static readonly HashSet<string> MessageRoutes =
    [
        "POST /interactions/{interaction_id}/{interaction_token}/callback",
        "PATCH /webhooks/{application_id}/{interaction_token}/messages/@original",
        "DELETE /webhooks/{application_id}/{interaction_token}/messages/@original",
        "POST /webhooks/{application_id}/{interaction_token}",
        "PATCH /webhooks/{application_id}/{interaction_token}/messages/{message_id}",
        "POST /channels/{channel_id}/messages",
        "PATCH /channels/{channel_id}/messages/{message_id}",
        "POST /channels/{channel_id}/messages/{message_id}/threads",
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The accepted message requests after the first <paramref name="mark"/> requests.</summary>
    public static IReadOnlyList<(string Route, JsonNode? Body)> Since(FakeDiscordServer fake, int mark) =>
        [.. fake.Requests.Skip(mark)
            .Where(r => r.Status is >= 200 and < 300 && r.Route is { } route && MessageRoutes.Contains(route))
            .Select(r => (r.Route!, r.Body.Length == 0 ? null : Canonical(JsonNode.Parse(r.Body), edit: r.Method == "PATCH")))];

    /// <summary>The requests as the golden file holds them.</summary>
    public static string Golden(IReadOnlyList<(string Route, JsonNode? Body)> requests) =>
        new JsonArray([.. requests.Select(r => new JsonObject { ["request"] = r.Route, ["body"] = r.Body?.DeepClone() })]).ToJsonString(Indented);

    private static JsonNode? Canonical(JsonNode? node, bool edit) => node switch
    {
        JsonObject o => new JsonObject(o
            .Where(p => !SameAsAbsent(p.Key, p.Value, edit))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Canonical(Varying(p.Key, p.Value), edit: false)))),
        JsonArray a => new JsonArray([.. a.Select(x => Canonical(x, edit: false))]),
        _ => node?.DeepClone(),
    };

    private static bool SameAsAbsent(string key, JsonNode? value, bool edit) => (key, value?.GetValueKind()) switch
    {
        (_, null or JsonValueKind.Null) => !edit,
        ("tts", JsonValueKind.False) => true,
        ("flags", JsonValueKind.Number) => value!.GetValue<long>() == 0,
        ("type", JsonValueKind.String) => value!.GetValue<string>() == "rich",
        ("inline" or "disabled", JsonValueKind.False) => true,
        ("embeds" or "fields" or "components", JsonValueKind.Array) => !edit && value!.AsArray().Count == 0,
        ("data", JsonValueKind.Object) => value!.AsObject().Count == 0,
        _ => false,
    };

    private static JsonNode? Varying(string key, JsonNode? value) => (key, value?.GetValueKind()) switch
    {
        ("nonce", _) => "<nonce>",
        ("custom_id", JsonValueKind.String) => SearchKey().Replace(value!.GetValue<string>(), "key=<key>"),
        ("allowed_mentions", JsonValueKind.Object) => NoExtraMentions(value!.AsObject()),
        _ => value,
    };

    /// <summary>
    /// <c>roles: []</c> and <c>users: []</c> beside <c>parse</c> name no role or user to mention, as their absence does
    /// (Discord.Net's <c>new AllowedMentions(AllowedMentionTypes.None)</c> sends both).
    /// </summary>
    public static JsonObject NoExtraMentions(JsonObject mentions) =>
        new(mentions.Where(p => !(p.Key is "roles" or "users" && p.Value is JsonArray { Count: 0 })).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

    [GeneratedRegex("key=[^&]+")]
    private static partial Regex SearchKey();
}
