using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Digests;
using DigestBot.FakeDiscord;

namespace DigestBot.Benchmarks;

/// <summary>
/// The fakes' control endpoint on loopback, one request at a time: <c>POST /feed</c> (the RSS the feed serves next),
/// <c>POST /ask</c> (an interaction through the gateway; answers with its reply once Discord has it), <c>POST /check</c>
/// (the exactly-once check of a digest run, against every delivery seen so far) and <c>GET /stats</c>.
/// </summary>
internal sealed class SoakFakesControl : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly FakeDiscordServer _fake;
    private readonly SoakFeed _feed;
    private readonly LoopbackHttpServer _server;
    private readonly HashSet<string> _delivered = [];
    private readonly Dictionary<ulong, int> _seenMessages = [];

    public SoakFakesControl(FakeDiscordServer fake, SoakFeed feed)
    {
        (_fake, _feed) = (fake, feed);
        _server = new LoopbackHttpServer(ServeAsync);
    }

    public string Url => _server.BaseUrl;

    public void Dispose() => _server.Dispose();

    private async Task ServeAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        JsonNode answer = context.Request.Url!.AbsolutePath switch
        {
            "/feed" => Feed(body),
            "/ask" => await AskAsync(JsonNode.Parse(body)!.AsObject()),
            "/check" => Check(JsonNode.Parse(body)!),
            _ => Stats(context.Request.QueryString["memory"] == "1"),
        };
        var bytes = Encoding.UTF8.GetBytes(answer.ToJsonString());
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private JsonObject Feed(string rss)
    {
        _feed.ServeXml(rss);
        return [];
    }

    /// <summary>The gateway's state and the 429s so far; with <paramref name="memory"/>, this process' managed memory after a full collection.</summary>
    private JsonObject Stats(bool memory) => new()
    {
        ["ready"] = _fake.Gateway.Live?.Ready == true,
        ["limited"] = _fake.Requests.Count(r => r.Status == 429),
        ["managedBytes"] = memory ? GC.GetTotalMemory(forceFullCollection: true) : 0,
    };

    /// <summary>The answer's message data (the edited original when the command deferred), or a violation.</summary>
    private async Task<JsonObject> AskAsync(JsonObject interaction)
    {
        var id = ulong.Parse(interaction["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var token = interaction["token"]!.GetValue<string>();
        await _fake.Gateway.InteractionCreateAsync(interaction);
        if (!await WaitAsync(() => _fake.Interactions.Response(id) is not null))
        {
            return new() { ["violation"] = $"no answer to interaction {id} ({interaction["data"]!["name"] ?? interaction["data"]!["custom_id"]})" };
        }

        var response = _fake.Interactions.Response(id)!;
        if (response["type"]!.GetValue<int>() != 5)
        {
            return new() { ["data"] = response["data"]?.DeepClone() };
        }

        if (!await WaitAsync(() => _fake.Interactions.Original(token) is { } m && (m["content"]?.GetValue<string>().Length > 0 || m["embeds"]?.AsArray().Count > 0)))
        {
            return new() { ["violation"] = $"the deferred interaction {id} was never edited with its answer" };
        }

        return new() { ["data"] = _fake.Interactions.Original(token)!.DeepClone() };
    }

    /// <summary>What a digest run of one channel posted (threads included) against what it owed.</summary>
    private JsonObject Check(JsonNode request)
    {
        var cycle = request["cycle"]!.GetValue<int>();
        var channel = request["channel"]!.GetValue<ulong>();
        var owed = request["owed"]!.AsArray().Select(d => new Delivery
        {
            Id = d!["id"]!.GetValue<string>(),
            ChannelId = channel,
            PaperId = d["paper"]!.GetValue<string>(),
        }).ToList();
        var messages = _fake.Channels.Messages(channel);
        var posted = messages.Skip(_seenMessages.GetValueOrDefault(channel)).ToList();
        _seenMessages[channel] = messages.Count;

        // A digest's overflow parts go to a thread under its first message; the thread's id is that message's.
        var threads = posted.SelectMany(m => _fake.Channels.Messages(ulong.Parse(m["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));
        var fresh = posted.Concat(threads).Select(m => m.ToJsonString()).ToList();
        var violations = SoakDeliveryCheck.Violations(cycle, owed, fresh, _delivered);
        return new() { ["posted"] = fresh.Count, ["violations"] = new JsonArray([.. violations.Select(v => JsonValue.Create(v))]) };
    }

    private static async Task<bool> WaitAsync(Func<bool> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!done() && clock.Elapsed < Patience)
        {
            await Task.Delay(2);
        }

        return done();
    }
}
