using System.Net;
using System.Text.RegularExpressions;
using DigestBot.Digests;
using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Dashboard;

/// <summary>
/// Titles and abstracts that carry TeX on the dashboard's pages: math as readable text wherever a paper is shown (its
/// page, its APA reference, search results, the delivery log, the watch preview), the TeX only in its BibTeX.
/// </summary>
public sealed partial class DashboardTexTests
{
    [Fact]
    public async Task A_paper_page_shows_readable_text_everywhere_but_in_its_bibtex()
    {
        await using var dashboard = await StartAsync();

        var page = await dashboard.Client.GetStringAsync($"/papers/{TexPapers.Planning}");

        Assert.Equal($"{TexPapers.PlanningTitleReadable} · DigestBot", Decoded(Element(page, "title")));
        Assert.Equal(TexPapers.PlanningTitleReadable, Decoded(Element(page, "h1")));
        Assert.Contains($">{TexPapers.PlanningTitleReadable}</a></h3>", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains(TexPapers.DynamicsReadable, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains($"(2024). {TexPapers.PlanningTitleReadable}. arXiv.", Decoded(Element(page, "pre id=\"apa\"", "pre")), StringComparison.Ordinal);
        Assert.Contains("title = {Learning {$k$}-means with {$O(n \\log n)$} queries}", Decoded(Element(page, "pre id=\"bibtex\"", "pre")), StringComparison.Ordinal);

        // Outside the BibTeX, no TeX is left.
        var rest = WebUtility.HtmlDecode(BibTexBlock().Replace(page, string.Empty));
        Assert.DoesNotContain("$", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("\\theta", rest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_results_show_readable_titles_and_a_word_inside_math_in_bold()
    {
        await using var dashboard = await StartAsync();

        var page = WebUtility.HtmlDecode(await dashboard.Client.GetStringAsync("/search?q=theta"));

        Assert.Contains($"\">{TexPapers.PlanningTitleReadable}</a></h3>", page, StringComparison.Ordinal);
        Assert.Contains("deep learning-based F_<strong>θ</strong> is incredibly brittle", page, StringComparison.Ordinal);
        Assert.DoesNotContain("**", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_delivery_log_and_the_watch_preview_list_readable_titles()
    {
        await using var dashboard = await StartAsync();
        var outbox = dashboard.Get<Outbox>();
        outbox.AddPending([new Delivery
        {
            Id = Delivery.KeyOf(5, TexPapers.Spending), ChannelId = 5, PaperId = TexPapers.Spending, WatchNames = ["rotations"], CreatedAt = DateTimeOffset.UtcNow,
        }]);
        outbox.Create(dashboard.Get<DigestComposer>().Compose(5, outbox.Pending(5), DateTimeOffset.UtcNow, null));

        var log = WebUtility.HtmlDecode(await dashboard.Client.GetStringAsync("/channels/5"));
        var preview = WebUtility.HtmlDecode(await dashboard.Client.GetStringAsync("/channels/0/preview?query=" + Uri.EscapeDataString("ti:means")));

        Assert.Contains($"<a href=\"/papers/{TexPapers.Spending}\">{TexPapers.SpendingTitleReadable}</a>", log, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/papers/{TexPapers.Planning}\">{TexPapers.PlanningTitleReadable}</a>", preview, StringComparison.Ordinal);
    }

    private static async Task<DashboardHarness> StartAsync()
    {
        var dashboard = await DashboardHarness.StartAsync();
        dashboard.Get<PaperStore>().UpsertBatch(TexPapers.All(DateTimeOffset.UtcNow));
        await dashboard.SignInAsync();
        return dashboard;
    }

    /// <summary>The inner HTML of the first element that opens with <paramref name="open"/>.</summary>
    private static string Element(string page, string open, string? name = null)
    {
        var start = page.IndexOf($"<{open}>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no <{open}> on the page");
        start += open.Length + 2;
        return page[start..page.IndexOf($"</{name ?? open}>", start, StringComparison.Ordinal)];
    }

    private static string Decoded(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", string.Empty));

    [GeneratedRegex("<pre id=\"bibtex\">.*?</pre>", RegexOptions.Singleline)]
    private static partial Regex BibTexBlock();
}
