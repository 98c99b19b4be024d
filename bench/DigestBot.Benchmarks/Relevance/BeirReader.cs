using System.IO.Compression;
using System.Text.Json;

namespace DigestBot.Benchmarks.Relevance;

/// <summary>
/// A BEIR collection folder: <c>corpus.jsonl</c> (or <c>.gz</c>) lines <c>{_id, title, text}</c>, <c>queries.jsonl</c>
/// lines <c>{_id, text}</c>, and <c>qrels/test.tsv</c> (<c>query-id corpus-id score</c> after a header). Scores are the
/// graded gains (TREC-COVID and NFCorpus 0–2); negative scores count 0.
/// </summary>
internal static class BeirReader
{
    public static RelevanceCollection Read(string folder)
    {
        var documents = Lines(Path.Combine(folder, "corpus.jsonl"))
            .Select(Parse)
            .Select(j => new RelevanceDocument(Text(j, "_id"), Text(j, "title"), Text(j, "text")))
            .ToList();
        var questions = Lines(Path.Combine(folder, "queries.jsonl"))
            .Select(Parse)
            .Select(j => new RelevanceQuestion(Text(j, "_id"), Text(j, "text")))
            .ToList();
        var gains = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in Lines(Path.Combine(folder, "qrels", "test.tsv")).Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 3 && int.TryParse(parts[2], out var score))
            {
                (gains.TryGetValue(parts[0], out var g) ? g : gains[parts[0]] = new(StringComparer.Ordinal))[parts[1]] = Math.Max(0, score);
            }
        }

        var judged = gains.Keys.ToHashSet(StringComparer.Ordinal);
        return new RelevanceCollection(Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/')), documents, [.. questions.Where(q => judged.Contains(q.Id))], gains);
    }

    private static JsonElement Parse(string line) => JsonDocument.Parse(line).RootElement;

    private static string Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    /// <summary>The file's lines, read through gzip when only <c>NAME.gz</c> is there.</summary>
    private static IEnumerable<string> Lines(string path)
    {
        using var stream = File.Exists(path) ? File.OpenRead(path) : File.OpenRead(path + ".gz");
        using var reader = new StreamReader(File.Exists(path) ? stream : new GZipStream(stream, CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
