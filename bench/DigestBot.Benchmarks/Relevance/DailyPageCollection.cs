using System.Globalization;

namespace DigestBot.Benchmarks.Relevance;

/// <summary>
/// The seed collection: the real daily papers page (94 titles and abstracts, ids by page order as the tests give
/// them) with DigestBot's own questions and graded judgments in <c>tests/fixtures/relevance/daily-page-judgments.tsv</c>.
/// Small and ours: it shows the modes working, not how DigestBot compares on a public collection.
/// </summary>
internal static class DailyPageCollection
{
    public static RelevanceCollection Read()
    {
        var root = RepositoryPaths.Root() ?? throw new DirectoryNotFoundException("DigestBot.sln not found above " + AppContext.BaseDirectory);
        var entries = SearchScenario.RealAbstracts().Chunk(2).Select(p => (Title: p[0], Abstract: p[1])).ToList();
        var documents = entries.Select((e, i) => new RelevanceDocument(i.ToString(CultureInfo.InvariantCulture), e.Title, e.Abstract)).ToList();
        var questions = new List<RelevanceQuestion>();
        var gains = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(root, "tests", "fixtures", "relevance", "daily-page-judgments.tsv")))
        {
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "Q":
                    questions.Add(new RelevanceQuestion(parts[1], parts[2]));
                    gains[parts[1]] = new(StringComparer.Ordinal);
                    break;
                case "J" when entries[int.Parse(parts[2], CultureInfo.InvariantCulture)].Title == parts[4]:
                    gains[parts[1]][parts[2]] = int.Parse(parts[3], CultureInfo.InvariantCulture);
                    break;
                case "J":
                    throw new InvalidDataException($"judgment for page paper {parts[2]} names '{parts[4]}', which is not that paper's title");
            }
        }

        return new RelevanceCollection("daily page, DigestBot's judgments", documents, questions, gains);
    }
}
