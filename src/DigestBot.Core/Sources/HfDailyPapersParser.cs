using System.Text;
using System.Text.Json;
using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>
/// Reads Hugging Face's <c>/api/daily_papers</c> (a JSON array of <c>{paper: {…}, …}</c>), and also a single
/// <c>/api/papers/{id}</c> object or search results without the wrapper. <c>paper.id</c> is the arXiv id (without
/// version). Hidden authors are authors. Any field may be missing or null.
/// </summary>
public static class HfDailyPapersParser
{
    private const string Expected = "a Hugging Face daily papers list";

    public static ParseResult Parse(ReadOnlySpan<byte> body, DateTimeOffset seenAt)
    {
        var doc = JsonFeedDocument.Load(body, itemsProperty: null, Expected, out var error);
        return doc is null ? ParseResult.Failure(error!) : ParserGuard.Run(() => Read(doc, seenAt));
    }

    public static ParseResult Parse(Stream body, DateTimeOffset seenAt) => ParserGuard.Run(body, bytes => Parse(bytes, seenAt));

    public static ParseResult Parse(string text, DateTimeOffset seenAt) => Parse(Encoding.UTF8.GetBytes(text), seenAt);

    private static ParseResult Read(JsonFeedDocument doc, DateTimeOffset seenAt)
    {
        List<JsonElement> items = doc.RootIsArray ? doc.Items : [];
        if (!doc.RootIsArray)
        {
            if (doc.ErrorMessage() is { } message)
            {
                return ParseResult.Failure("Hugging Face error: " + message);
            }

            // /api/papers/{id} answers with one paper object, not a list.
            if (doc.Fields.ContainsKey("id") || doc.Fields.ContainsKey("paper"))
            {
                items = [JsonSerializer.SerializeToElement(doc.Fields)];
            }
        }

        var builder = new ParseResultBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            var element = items[i];
            var position = i + 1;
            builder.Guard(position, () => AddItem(builder, element, position, seenAt));
        }

        return doc.Finish(builder);
    }

    private static void AddItem(ParseResultBuilder builder, JsonElement element, int position, DateTimeOffset seenAt)
    {
        // Daily lists wrap the paper ({paper: {…}, title, summary}); search results may not.
        var paper = element.Obj("paper") ?? element;
        var rawId = paper.Str("id");
        var where = ParseResultBuilder.Describe(position, rawId);
        if (!PaperId.TryParse(rawId, out var id) || id.Kind != PaperIdKind.Arxiv)
        {
            builder.Skip(where, $"paper.id {SourceText.Quote(rawId)} is not an arXiv id");
            return;
        }

        if (!FeedDates.TryOptional(paper.Str("publishedAt"), "paper.publishedAt", out var published, out var problem)
            || !FeedDates.TryOptional(paper.Str("submittedOnDailyAt"), "paper.submittedOnDailyAt", out var daily, out problem))
        {
            builder.Skip(where, problem!);
            return;
        }

        id = id.Unversioned;
        var info = new HuggingFaceInfo
        {
            Upvotes = paper.Int("upvotes"),
            AiSummary = paper.Text("ai_summary"),
            AiKeywords = paper.Strings("ai_keywords"),
            GithubRepo = paper.Text("githubRepo"),
            GithubStars = paper.Int("githubStars"),
            ProjectPage = paper.Text("projectPage"),
            SubmittedOnDailyAt = daily,
        };
        var arxiv = ArxivLinks.For(id);
        var result = new Paper
        {
            Id = id.Key,
            Title = paper.Text("title") ?? element.Text("title") ?? string.Empty,
            Abstract = paper.Text("summary") ?? element.Text("summary") ?? string.Empty,
            Authors = paper.Arr("authors").Select(a => a.Text("name")).OfType<string>().Select(n => new Author(n)).ToList(),
            Published = published,
            FirstSeen = seenAt,
            Links = new PaperLinks
            {
                Abs = arxiv.Abs,
                Pdf = arxiv.Pdf,
                Hf = "https://huggingface.co/papers/" + id.Value,
                Code = info.GithubRepo,
                Project = info.ProjectPage,
            },
            Sources = [new SourceRecord(SourceNames.HfDaily, id.Value, seenAt)],
            HuggingFace = info,
        };
        builder.Add(new SourceItem { Paper = result, AnnouncedAt = daily }, where);
    }
}
