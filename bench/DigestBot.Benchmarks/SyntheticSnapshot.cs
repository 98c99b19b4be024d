using System.Text;
using System.Text.Json;

namespace DigestBot.Benchmarks;

/// <summary>
/// A seeded, arXiv-shaped corpus in the metadata snapshot's JSON-lines format: realistic lengths (titles of
/// about 10 words, abstracts of about 150, 1–12 authors, 1–3 categories), invented words and people.
/// </summary>
internal static class SyntheticSnapshot
{
    private static readonly string[] Categories = ["cs.LG", "cs.CL", "cs.CV", "cs.AI", "stat.ML", "math.OC", "cs.RO", "eess.IV", "q-bio.NC", "hep-th"];

    public static void Write(string path, int papers, int seed = 42)
    {
        var random = new Random(seed);
        var words = Vocabulary(random, 20_000);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        for (var n = 0; n < papers; n++)
        {
            var month = 1 + (n / 30_000 % 12);
            var authors = Enumerable.Range(0, 1 + random.Next(12)).Select(_ => (First: Name(random), Last: Name(random))).ToList();
            writer.Write(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = $"{24 + (n / 360_000)}{month:D2}.{n % 30_000 + 1:D5}",
                ["submitter"] = $"{authors[0].First} {authors[0].Last}",
                ["authors"] = string.Join(", ", authors.Select(a => $"{a.First} {a.Last}")),
                ["title"] = Sentence(random, words, 6 + random.Next(10)),
                ["comments"] = random.Next(3) == 0 ? $"{8 + random.Next(30)} pages" : null,
                ["journal-ref"] = null,
                ["doi"] = random.Next(5) == 0 ? $"10.{1000 + random.Next(9000)}/synthetic.{n}" : null,
                ["categories"] = string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Categories[random.Next(Categories.Length)]).Distinct()),
                ["abstract"] = "  " + string.Join(' ', Enumerable.Range(0, 8).Select(_ => Sentence(random, words, 12 + random.Next(14)) + ".")) + "\n",
                ["versions"] = new[] { new { version = "v1", created = "Mon, 1 Jan 2024 10:00:00 GMT" } },
                ["update_date"] = "2024-01-02",
                ["authors_parsed"] = authors.Select(a => new[] { a.Last, a.First, "" }).ToArray(),
            }));
            writer.Write('\n');
        }
    }

    private static string[] Vocabulary(Random random, int size) =>
        [.. Enumerable.Range(0, size).Select(_ => new string([.. Enumerable.Range(0, 3 + random.Next(9)).Select(_ => (char)('a' + random.Next(26)))]))];

    private static string Sentence(Random random, string[] words, int length)
    {
        // Zipf-like: a few words are very common, most are rare, as in real abstracts.
        var picked = Enumerable.Range(0, length).Select(_ => words[(int)(words.Length * Math.Pow(random.NextDouble(), 3))]);
        var text = string.Join(' ', picked);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Name(Random random) =>
        char.ToUpperInvariant((char)('a' + random.Next(26))) + new string([.. Enumerable.Range(0, 3 + random.Next(7)).Select(_ => (char)('a' + random.Next(26)))]);
}
