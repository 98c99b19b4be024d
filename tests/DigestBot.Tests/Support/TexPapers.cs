using DigestBot.Papers;
using DigestBot.Sources;
using DigestBot.Tests.Sources;

namespace DigestBot.Tests.Support;

/// <summary>
/// Papers whose titles and abstracts carry TeX, as the arXiv API parser stores them: the two of the synthetic
/// <c>arxiv_api_tex_in_titles.xml</c> (math copied from the recorded feeds) and the recorded arXiv paper 1412.6529
/// (<c>$\delta$-function interacting bosons</c>). Readers see the math as text; BibTeX and <c>--json</c> keep the TeX.
/// </summary>
internal static class TexPapers
{
    public const string File = "arxiv_api_tex_in_titles.xml";

    /// <summary>The recorded arXiv API page that holds 1412.6529.</summary>
    public const string RecordedFile = "arxiv_api_2016_classic_search_au-del_maestro_10_entries.xml";

    /// <summary><c>Learning $k$-means with $O(n \log n)$ queries</c>; its abstract holds <c>$F_{\theta}$</c> and <c>$s_{t+1} = F_{\theta}(s_t, a_t)$</c>.</summary>
    public const string Planning = "2401.07001";

    /// <summary><c>R\&amp;D spending, 40\% of it on $k$-NN</c>; its abstract holds <c>$SO(n)$</c>, <c>$\mathbb{R}^n$</c>, <c>$h: Z \rightarrow X \times Y$</c> and <c>\$5</c>.</summary>
    public const string Spending = "2401.07002";

    /// <summary>The recorded 1412.6529, whose abstract ends "… model of $\delta$-function interacting bosons in …".</summary>
    public const string Bosons = "1412.6529";

    public const string PlanningTitle = "Learning $k$-means with $O(n \\log n)$ queries";
    public const string PlanningTitleReadable = "Learning k-means with O(n log n) queries";
    public const string SpendingTitle = "R\\&D spending, 40\\% of it on $k$-NN";
    public const string SpendingTitleReadable = "R&D spending, 40% of it on k-NN";

    /// <summary>A phrase of the Planning abstract as written, and as read.</summary>
    public const string Dynamics = "the dynamics constraint $s_{t+1} = F_{\\theta}(s_t, a_t)$ as a soft constraint";
    public const string DynamicsReadable = "the dynamics constraint sₜ₊₁ = F_θ(sₜ, aₜ) as a soft constraint";

    /// <summary>The Spending abstract as read.</summary>
    public const string SpendingAbstractReadable = "We study the rotations SO(n) acting on ℝⁿ and a map h: Z → X × Y learned in 𝒪(n²) time, at $5 a run.";

    public static string SyntheticPath => Path.Combine(AppContext.BaseDirectory, "Sources", "Synthetic", File);

    /// <summary>The three papers, stamped as seen at <paramref name="seen"/>.</summary>
    public static IReadOnlyList<Paper> All(DateTimeOffset? seen = null) =>
    [
        .. ArxivApiParser.Parse(Fixtures.Synthetic(File), seen ?? Fixtures.SeenAt).Items.Select(i => i.Paper),
        .. ArxivApiParser.Parse(Fixtures.Recorded(RecordedFile), seen ?? Fixtures.SeenAt).Items.Select(i => i.Paper).Where(p => p.Id == Bosons),
    ];

    public static Paper Get(string id) => All().Single(p => p.Id == id);
}
