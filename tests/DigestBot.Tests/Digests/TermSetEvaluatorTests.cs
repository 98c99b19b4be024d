using DigestBot.Search;
using DigestBot.Sources;
using DigestBot.Tests.Sources;
using DigestBot.Watches;
using Lucene.Net.Index.Memory;

namespace DigestBot.Tests.Digests;

public class TermSetEvaluatorTests
{
    private static readonly string[] Queries =
    [
        "attention", "ti:attention", "\"large language models\"", "language -model", "cat:cs.CL AND transformer",
        "au:vaswani", "(graph OR quantum) AND NOT survey", "ti:\"neural network\" OR abs:diffusion", "model ANDNOT attention",
        "learn*", "cat:cs.*", "id:1706.03762", "model AND (vision OR speech) -survey", "all:attention",
    ];

    [Fact]
    public void Deciding_from_the_term_set_always_agrees_with_the_memory_index()
    {
        var papers = ArxivApiParser.Parse(Fixtures.Recorded("arxiv_api_2026-04_search_all-testing_10_entries.xml"), Fixtures.SeenAt).Items
            .Concat(SemanticScholarParser.Parse(Fixtures.Recorded("semantic_scholar_paper_search_2026-03_attention_mechanism_5.json"), Fixtures.SeenAt).Items)
            .Select(i => i.Paper)
            .ToList();
        var decided = 0;
        foreach (var paper in papers)
        {
            var memory = new MemoryIndex();
            PaperMemory.Fill(memory, paper);
            var terms = PaperMemory.Terms(memory);
            Assert.True(terms.SetEquals(PaperMemory.Analyze(paper)), $"the analyser and the MemoryIndex disagree on {paper.Id}'s terms");
            foreach (var text in Queries)
            {
                var query = LuceneQueries.Build(SearchQuery.Parse(text));
                if (TermSetEvaluator.Evaluate(query, terms) is { } answer)
                {
                    decided++;
                    Assert.True(answer == memory.Search(query) > 0, $"{text} on {paper.Id}: term set says {answer}");
                }
            }
        }

        // Most checks never need the index; the test is only meaningful if the shortcut was taken often.
        Assert.True(decided > papers.Count * Queries.Length / 2, $"only {decided} decided");
    }
}
