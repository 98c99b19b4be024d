using System.Text.Json.Nodes;
using DigestBot.DiscordBot;
using DigestBot.Papers;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.DiscordBot;

/// <summary>
/// Titles and abstracts that carry TeX, as Discord users meet them: the app in Gateway mode, interactions from the fake
/// gateway, the answers checked as the fake Discord stored them. Math reads as text (escaped for Discord after it is
/// converted: <c>F_θ</c> arrives as <c>F\_θ</c>), a matched word inside math stays bold, and BibTeX keeps the TeX.
/// </summary>
public sealed class TexDisplayEndToEndTests : IAsyncLifetime
{
    private DiscordAppHarness _app = null!;
    private ulong _next = 9000;

    public async Task InitializeAsync()
    {
        _app = await DiscordAppHarness.StartAsync(DiscordMode.Gateway);
        _app.Get<PaperStore>().UpsertBatch(TexPapers.All(_app.Clock.GetUtcNow()));
        await _app.StartAsync<DiscordGatewayService>();
        await DiscordAppHarness.EventuallyAsync(() => _app.Fake.Gateway.Live?.Ready == true, "READY");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_paper_card_shows_its_title_and_abstract_as_readable_text()
    {
        var card = await _app.AskAsync(Interactions.Command(++_next, "paper", options: [("id", TexPapers.Planning)]));

        var embed = Assert.Single(card["data"]!["embeds"]!.AsArray())!;
        Assert.Equal(TexPapers.PlanningTitleReadable, embed["title"]!.GetValue<string>());
        var description = embed["description"]!.GetValue<string>();
        Assert.Contains(Discord(TexPapers.DynamicsReadable), description, StringComparison.Ordinal);
        Assert.Contains("(a₀,…,a\\_(T-1)) and states (s₀,…,s\\_T).", description, StringComparison.Ordinal);
        Assert.DoesNotContain("$", description, StringComparison.Ordinal);
        Assert.DoesNotContain("\\theta", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_word_inside_math_stays_bold_on_what_the_math_became()
    {
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "theta")]));

        var embed = Assert.Single(answer["data"]!["embeds"]!.AsArray())!;
        Assert.Equal($"1\\. {TexPapers.PlanningTitleReadable}", embed["title"]!.GetValue<string>());
        var snippet = embed["description"]!.GetValue<string>();
        Assert.Contains("deep learning-based F\\_**θ** is incredibly brittle", snippet, StringComparison.Ordinal);
        Assert.Contains("sₜ₊₁ = F\\_**θ**(sₜ, aₜ)", snippet, StringComparison.Ordinal);
        Assert.Equal(0, CountOf("**", snippet) % 2);
        Assert.DoesNotContain("$", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_word_outside_math_is_bold_beside_the_readable_math()
    {
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "dynamics")]));

        var snippet = Assert.Single(answer["data"]!["embeds"]!.AsArray())!["description"]!.GetValue<string>();
        Assert.Contains("the **dynamics** constraint sₜ₊₁ = F\\_θ(sₜ, aₜ)", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recorded_arxiv_abstract_found_by_a_word_beside_its_math_shows_the_math_as_text()
    {
        // One search per test: the user's search cooldown would refuse a second one.
        var answer = await _app.AskAsync(Interactions.Command(++_next, "search", options: [("query", "interacting")]));

        var snippet = Assert.Single(answer["data"]!["embeds"]!.AsArray())!["description"]!.GetValue<string>();
        Assert.Contains("model of δ-function **interacting** bosons", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("\\delta", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apa_is_readable_and_bibtex_keeps_the_tex()
    {
        var apa = await _app.AskAsync(Interactions.Command(++_next, "cite", options: [("paper", TexPapers.Spending), ("format", "apa")]));
        var bibtex = await _app.AskAsync(Interactions.Command(++_next, "cite", options: [("paper", TexPapers.Spending)]));

        var reference = apa["data"]!["content"]!.GetValue<string>();
        Assert.Contains($"(2024). {TexPapers.SpendingTitleReadable}. arXiv.", reference, StringComparison.Ordinal);
        Assert.Contains("title = {{R\\&D} spending, 40\\% of it on {$k$}-{NN}}", bibtex["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_shows_the_title_and_tldr_as_readable_text()
    {
        var summary = await _app.AskAsync(Interactions.Command(++_next, "summary", "paper", options: [("id", TexPapers.Spending)]));

        var embed = Assert.Single(summary["data"]!["embeds"]!.AsArray())!;
        Assert.Equal(TexPapers.SpendingTitleReadable, embed["title"]!.GetValue<string>());
        var tldr = Assert.Single(embed["fields"]!.AsArray())!["value"]!.GetValue<string>();
        Assert.Equal(Discord(TexPapers.SpendingAbstractReadable), tldr);
    }

    /// <summary>The text as Discord receives it: its markdown characters escaped (here only <c>_</c> and <c>:</c> occur).</summary>
    private static string Discord(string text) => text.Replace("_", "\\_", StringComparison.Ordinal).Replace(":", "\\:", StringComparison.Ordinal);

    private static int CountOf(string part, string text) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
