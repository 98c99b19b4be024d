using DigestBot.Commands;
using DigestBot.Tests.Support;

namespace DigestBot.Tests.Search;

/// <summary>
/// A phrase query's snippet is a passage of the abstract, like any other, however often the phrase recurs and
/// whatever follows it. The real abstract below (MiniMax Sparse Attention, from the daily page sample) once gave a
/// 1,393-character snippet: after "sparse attention to improve" the stop word "to" leaves a gap in the positions,
/// and the fragmenter waited for that position for the rest of the abstract.
/// </summary>
public sealed class PhraseSnippetTests : IDisposable
{
    private const string Abstract =
        "Ultra-long-context capability is becoming indispensable for frontier LLMs: agentic workflows, repository-scale "
        + "code reasoning, and persistent memory all require the model to jointly attend over hundreds of thousands to "
        + "millions of tokens, yet the quadratic cost of softmax attention makes this untenable at deployment scale. We "
        + "introduce MiniMax Sparse Attention (MSA), a blockwise sparse attention built upon Grouped Query Attention "
        + "(GQA). A lightweight Index Branch scores key-value blocks and independently selects a Top-k subset for each "
        + "GQA group, enabling group-specific sparse retrieval while maintaining efficient block-level execution; the "
        + "Main Branch then performs exact block-sparse attention over only the selected blocks. Designed around a "
        + "principle of simplicity and scalability, MSA is deliberately streamlined, making it straightforward to deploy "
        + "efficiently across a broad range of GPUs. To translate sparsity into practical speedups, we co-design MSA "
        + "with a GPU execution path that uses exp-free Top-k selection and KV-outer sparse attention to improve "
        + "tensor-core utilization under block-granular access. On a 109B-parameter model with native multimodal "
        + "training, MSA performs on par with GQA while reducing per-token attention compute by 28.4x at 1M context.";

    private readonly SearchHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("\"sparse attention\"")]
    [InlineData("\"sparse attention\" OR ti:diffusion")]
    [InlineData("\"block-sparse attention\"")]
    public void A_phrase_snippet_is_a_passage_not_the_rest_of_the_abstract(string query)
    {
        _bot.Papers.UpsertBatch([TestPapers.Arxiv("2606.13392") with { Abstract = Abstract }]);

        var snippet = Assert.Single(_bot.Search(query).Hits).Snippet;

        var plain = ReplyMarkup.PlainText(snippet);
        Assert.InRange(plain.Length, 100, 2 * 240);
        var bold = ReplyMarkup.Parse(snippet).Where(s => s.Kind == MarkupKind.Bold).Select(s => s.Text.ToLowerInvariant()).ToList();
        Assert.Contains("sparse", bold);
        Assert.Contains("attention", bold);
    }

    [Fact]
    public void A_phrase_is_never_cut_in_two_at_a_fragment_boundary()
    {
        _bot.Papers.UpsertBatch([TestPapers.Arxiv("2606.13392") with { Abstract = Abstract }]);

        var snippet = Assert.Single(_bot.Search("\"sparse attention\"").Hits).Snippet;

        // Each highlighted "sparse" is followed by its highlighted "attention" in the same snippet.
        var bold = ReplyMarkup.Parse(snippet).Where(s => s.Kind == MarkupKind.Bold).Select(s => s.Text.ToLowerInvariant()).ToList();
        Assert.Equal(bold.Count(b => b == "sparse"), bold.Count(b => b == "attention"));
    }
}
