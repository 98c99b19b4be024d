using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigestBot.Digests;
using DigestBot.Papers;

namespace DigestBot.Benchmarks;

/// <summary>
/// The soak's handle on <see cref="SoakFakes"/>: starts that process (this harness's own dll with
/// <c>--soak-fakes</c>, run by the same <c>dotnet</c>), reads its addresses and talks to its control endpoint.
/// Disposing closes its standard input, which ends it (killed if it does not go within 10 s).
/// </summary>
internal sealed class SoakFakesClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private SoakFakesClient(Process process, SoakFakesAddresses addresses)
    {
        _process = process;
        Addresses = addresses;
        _http = new HttpClient { BaseAddress = new Uri(addresses.Control), Timeout = TimeSpan.FromSeconds(90) };
    }

    public SoakFakesAddresses Addresses { get; }

    public int ProcessId => _process.Id;

    public static async Task<SoakFakesClient> StartAsync()
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DigestBot.Benchmarks.dll"));
        start.ArgumentList.Add(SoakFakes.Flag);
        var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var line = await process.StandardOutput.ReadLineAsync(limit.Token);
        if (line is null || JsonSerializer.Deserialize<SoakFakesAddresses>(line) is not { } addresses)
        {
            await process.WaitForExitAsync(limit.Token);
            throw new InvalidOperationException($"the soak's fakes process did not start: {(await errors).Trim()}");
        }

        return new SoakFakesClient(process, addresses);
    }

    /// <summary>Makes the feed serve these papers next.</summary>
    public Task ServeAsync(IReadOnlyList<Paper> papers) => PostAsync("feed", SoakFeed.Rss(papers));

    /// <summary>Sends an interaction through the gateway; its reply's message data, or the violation.</summary>
    public async Task<(JsonNode? Data, string? Violation)> AskAsync(JsonObject interaction)
    {
        var answer = await PostAsync("ask", interaction.ToJsonString());
        return (answer["data"], answer["violation"]?.GetValue<string>());
    }

    /// <summary>Checks a channel's digest run against what it owed: the messages it posted and the violations.</summary>
    public async Task<(int Posted, IReadOnlyList<string> Violations)> CheckAsync(int cycle, ulong channel, IReadOnlyList<Delivery> owed)
    {
        var request = new JsonObject
        {
            ["cycle"] = cycle,
            ["channel"] = channel,
            ["owed"] = new JsonArray([.. owed.Select(d => new JsonObject { ["id"] = d.Id, ["paper"] = d.PaperId })]),
        };
        var answer = await PostAsync("check", request.ToJsonString());
        return (answer["posted"]!.GetValue<int>(), [.. answer["violations"]!.AsArray().Select(v => v!.GetValue<string>())]);
    }

    /// <summary>Whether the app's gateway session is ready, how many 429s Discord answered, and with <paramref name="memory"/> the fakes' own managed memory.</summary>
    public async Task<(bool Ready, int Limited, long ManagedBytes)> StatsAsync(bool memory = false)
    {
        var answer = JsonNode.Parse(await _http.GetStringAsync(memory ? "stats?memory=1" : "stats"))!;
        return (answer["ready"]!.GetValue<bool>(), answer["limited"]!.GetValue<int>(), answer["managedBytes"]!.GetValue<long>());
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        try
        {
            _process.StandardInput.Close();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task<JsonNode> PostAsync(string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(path, content);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The <c>dotnet</c> running this harness (or the one on the path when it runs as an apphost).</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? path
            : "dotnet";
}
