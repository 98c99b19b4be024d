using System.Net;
using System.Text.RegularExpressions;
using DigestBot.Dashboard;
using DigestBot.Search;

namespace DigestBot.Tests.Semantic;

/// <summary>The dashboard's paper page lists the same similar papers as <c>similar</c> and the Similar button.</summary>
[Collection(SemanticModelCollection.Name)]
public sealed partial class DashboardSimilarTests : IDisposable
{
    private readonly SemanticHarness _bot = new(seeded: true, ("DigestBot:Dashboard:ListenUrls", "http://127.0.0.1:0"));

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_papers_page_lists_the_papers_closest_in_meaning_as_similar_does()
    {
        var reply = await _bot.RunAsync<SimilarCommand>(SimilarCommand.Definition, ("id", "2501.90065"));
        var expected = Assert.IsAssignableFrom<IReadOnlyList<SearchHit>>(reply.Data).Select(h => h.Id).ToList();

        var server = _bot.Get<DashboardServer>();
        await server.StartAsync(CancellationToken.None);
        try
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.Addresses[0] };
            using (var signIn = await client.GetAsync($"/?key={_bot.Get<DashboardKey>().GetOrCreate()}"))
            {
                Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
            }

            var page = await client.GetStringAsync("/papers/2501.90065");
            var list = SimilarList().Match(page);
            Assert.True(list.Success, page);
            var listed = PaperLink().Matches(list.Groups[1].Value).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();
            Assert.Equal(expected, listed);
            Assert.Contains("Closest in meaning.", page, StringComparison.Ordinal);
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
        }
    }

    [GeneratedRegex("<ul id=\"similar\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex SimilarList();

    [GeneratedRegex("<a href=\"/papers/([^\"]+)\">")]
    private static partial Regex PaperLink();
}
