using System.Net;
using System.Text.RegularExpressions;
using DigestBot.Dashboard;
using DigestBot.Papers;
using DigestBot.Semantic;
using DigestBot.Watches;

namespace DigestBot.Tests.Semantic;

/// <summary>The watch editor's preview decides like: and about: watches as percolation does: by the papers' vectors.</summary>
[Collection(SemanticModelCollection.Name)]
public sealed partial class DashboardPreviewMeaningTests
{
    [Theory]
    [InlineData("like:2501.90065", "close in meaning to 2501.90065")]
    [InlineData("about:\"shrinking neural networks by storing weights in fewer bits\"", "close in meaning to")]
    public async Task The_preview_of_a_meaning_watch_lists_what_percolation_matches(string query, string why)
    {
        using var bot = new SemanticHarness(seeded: true, ("DigestBot:Dashboard:ListenUrls", "http://127.0.0.1:0"));
        var index = bot.Get<SemanticIndex>();
        var expected = new WatchMatcher(bot.Get<IWatchSeeds>())
            .Match(bot.Get<PaperStore>().Latest(500), [new Watch { Name = "w", Query = query }], vectors: p => index.Get(p.Id)?.ToFloats())
            .Select(m => m.Paper.Id)
            .Order(StringComparer.Ordinal)
            .ToList();

        var preview = await PreviewAsync(bot, query);

        Assert.NotEmpty(expected);
        Assert.Contains($"<strong>{expected.Count}</strong> of the ", preview, StringComparison.Ordinal);
        Assert.Contains(why, preview, StringComparison.Ordinal);
        var listed = PaperLink().Matches(preview).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Take(20).Count(), listed.Count);
        Assert.Subset(expected.ToHashSet(), listed.ToHashSet());
    }

    [Fact]
    public async Task The_preview_of_an_about_watch_before_any_vector_says_how_many_papers_lack_one()
    {
        using var bot = new SemanticHarness(seeded: false, ("DigestBot:Dashboard:ListenUrls", "http://127.0.0.1:0"));
        var stored = Search.DailyPapersPage.Papers(SemanticHarness.Now);
        bot.Get<PaperStore>().UpsertBatch(stored);

        var preview = await PreviewAsync(bot, "about:\"agents for drug discovery\"");

        Assert.Contains($"<strong>0</strong> of the {stored.Count} most recently stored papers would have matched.", preview, StringComparison.Ordinal);
        Assert.Contains(
            $"about: and like: match by meaning only papers that have a vector, and {stored.Count} of {stored.Count} have none yet",
            preview,
            StringComparison.Ordinal);
    }

    private static async Task<string> PreviewAsync(SemanticHarness bot, string query)
    {
        var server = bot.Get<DashboardServer>();
        await server.StartAsync(CancellationToken.None);
        try
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.Addresses[0] };
            using (var signIn = await client.GetAsync($"/?key={bot.Get<DashboardKey>().GetOrCreate()}"))
            {
                Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
            }

            return await client.GetStringAsync("/channels/0/preview?query=" + Uri.EscapeDataString(query));
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
        }
    }

    [GeneratedRegex("<a href=\"/papers/([^\"]+)\">")]
    private static partial Regex PaperLink();
}
