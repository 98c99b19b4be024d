using DigestBot.Papers;
using DigestBot.QueryLanguage;

namespace DigestBot.Benchmarks;

/// <summary>
/// A seeded mix of the queries people type: one word (common, middling, rare), two and three words, a phrase
/// lifted from a paper, title and author fields, OR, exclusion, a prefix, a category with a word, and questions in
/// plain words (free text: one from the word model, one asking about a paper's title). FTS5 gets the same meaning:
/// bare words restricted to title, abstract and authors, as DigestBot's default fields; a question is its words
/// OR'ed (FTS5 has no free text; OR is what ranks them at all). The category queries carry a date window (the last
/// 90 days of the corpus), as <c>search --since</c> does.
/// </summary>
internal static class BenchQueries
{
    private const string Fts5Default = "{title abstract authors}";

    public static IReadOnlyList<BenchQuery> Generate(WordModel words, IReadOnlyList<Paper> sample, IReadOnlyList<string> surnames, int count, int seed, DateTimeOffset latest)
    {
        var random = new Random(seed);

        // Skip the commonest words: both engines answer stop words, but nobody searches for "the".
        string Word(int from, int to) => Clean(words.AtRank(random.Next(from, to)));
        string Common() => Word(60, 600);
        string Middling() => Word(600, 4000);
        string Rare() => Word(4000, WordModel.VocabularySize);

        var queries = new List<BenchQuery>(count);
        for (var i = 0; queries.Count < count; i++)
        {
            queries.Add((i % 12) switch
            {
                0 => Single("common word", Common()),
                1 => Single("middling word", Middling()),
                2 => Single("rare word", Rare()),
                3 => Words("two words", Common(), Middling()),
                4 => Words("three words", Common(), Common(), Middling()),
                5 => Phrase(sample[random.Next(sample.Count)], random),
                6 => Title(Middling()),
                7 => Author(surnames[(int)(surnames.Count * Math.Pow(random.NextDouble(), 2.5))]),
                8 => Either(Middling(), Middling()),
                9 => Question($"how does {Common()} {Middling()} affect {Middling()}?"),
                10 => Question($"what is known about {string.Join(' ', TitleWords(sample[random.Next(sample.Count)], random))}?"),
                _ => (i / 12 % 3) switch
                {
                    0 => Excluding(Common(), Common()),
                    1 => Prefix(Middling()),
                    _ => Category(Middling()) with { Since = latest.AddDays(-90) },
                },
            });
        }

        return queries;
    }

    private static BenchQuery Single(string kind, string w) => new(kind, w, $"{Fts5Default} : {w}") { Scan = [w] };

    private static BenchQuery Words(string kind, params string[] w) => new(kind, string.Join(' ', w), $"{Fts5Default} : ({string.Join(" AND ", w)})") { Scan = w };

    private static BenchQuery Phrase(Paper paper, Random random)
    {
        var words = paper.Abstract.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Clean).Where(w => w.Length > 0).ToArray();
        var at = random.Next(words.Length - 2);
        var phrase = $"{words[at]} {words[at + 1]}";
        return new BenchQuery("phrase", $"\"{phrase}\"", $"{Fts5Default} : \"{phrase}\"") { Scan = [phrase] };
    }

    private static BenchQuery Title(string w) => new("title field", $"ti:{w}", $"title : {w}") { Scan = [w] };

    private static BenchQuery Author(string surname) =>
        new("author field", $"au:{Clean(surname)}", $"authors : {Clean(surname)}") { Scan = [surname.ToLowerInvariant()] };

    private static BenchQuery Either(string a, string b) => new("OR", $"{a} OR {b}", $"{Fts5Default} : ({a} OR {b})") { Scan = [a, b], ScanAny = true };

    /// <summary>A question as typed: its content words (the same filler words DigestBot drops are left out for FTS5) OR'ed.</summary>
    private static BenchQuery Question(string text)
    {
        var words = DigestBot.QueryLanguage.SearchQuery.ParseSearch(text).Words.Select(Clean).Where(w => w.Length > 0).ToArray();
        words = words.Length > 0 ? words : [.. text.Split(' ').Select(Clean).Where(w => w.Length > 0)];
        return new BenchQuery("question (free text)", text, $"{Fts5Default} : ({string.Join(" OR ", words)})") { Scan = words, ScanAny = true };
    }

    /// <summary>Up to six words of a paper's title, from a random place: a researcher half-remembering it.</summary>
    private static IEnumerable<string> TitleWords(Paper paper, Random random)
    {
        var words = paper.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Clean).Where(w => w.Length > 2).ToArray();
        var at = random.Next(Math.Max(1, words.Length - 5));
        return words.Skip(at).Take(6);
    }

    private static BenchQuery Excluding(string a, string b) => new("exclusion", $"{a} -{b}", $"{Fts5Default} : ({a} NOT {b})") { Scan = [a], ScanNot = b };

    private static BenchQuery Prefix(string w)
    {
        var stem = w[..Math.Min(w.Length, Math.Max(3, w.Length - 3))];
        return new BenchQuery("prefix", stem + "*", $"{Fts5Default} : {stem}*") { Scan = [stem] };
    }

    private static BenchQuery Category(string w) =>
        new("category, word and date window", $"cat:cs.LG {w}", $"categories : \"cs lg\" AND {Fts5Default} : {w}") { Scan = ["cs.lg", w] };

    /// <summary>Lower-case letters and digits only, so a word means the same to both query languages (never an operator).</summary>
    private static string Clean(string word) => new([.. word.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
