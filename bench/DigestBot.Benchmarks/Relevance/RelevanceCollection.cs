namespace DigestBot.Benchmarks.Relevance;

/// <summary>
/// An IR test collection: documents (title and text), natural-language questions, and graded judgments (the gain of
/// each judged document for a question; unjudged documents count 0). Read from a folder in Cranfield's original
/// layout (<c>cran.all.1400</c>, <c>cran.qry</c>, <c>cranqrel</c>) or BEIR's (<c>corpus.jsonl[.gz]</c>,
/// <c>queries.jsonl</c>, <c>qrels/test.tsv</c>).
/// </summary>
internal sealed record RelevanceCollection(
    string Name,
    IReadOnlyList<RelevanceDocument> Documents,
    IReadOnlyList<RelevanceQuestion> Questions,
    IReadOnlyDictionary<string, Dictionary<string, int>> Gains)
{
    public static RelevanceCollection Load(string folder)
    {
        if (File.Exists(Path.Combine(folder, CranfieldReader.Documents)))
        {
            return CranfieldReader.Read(folder);
        }

        if (File.Exists(Path.Combine(folder, "queries.jsonl")))
        {
            return BeirReader.Read(folder);
        }

        throw new FileNotFoundException($"no relevance collection in {folder}: expected Cranfield's {CranfieldReader.Documents} or BEIR's queries.jsonl");
    }

    /// <summary>The questions that have at least one document with a gain (the others cannot be scored).</summary>
    public IEnumerable<RelevanceQuestion> Judged => Questions.Where(q => Gains.TryGetValue(q.Id, out var g) && g.Values.Any(v => v > 0));
}
