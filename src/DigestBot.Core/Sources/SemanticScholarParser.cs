using System.Text;
using System.Text.Json;
using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>
/// Reads Semantic Scholar Graph API paper lists (<c>{total, offset, next, data: […]}</c>; bulk search has
/// <c>token</c> instead of <c>next</c>), recommendation lists (<c>{recommendedPapers: […]}</c>) and single papers
/// (<c>GET /paper/{id}</c>: one paper object). Identity: <c>externalIds.ArXiv</c>, else <c>externalIds.DOI</c>, else the
/// S2 <c>paperId</c>. Abstract and publicationDate may be null.
/// </summary>
public static class SemanticScholarParser
{
    private const string Expected = "a Semantic Scholar paper list";

    public static ParseResult Parse(ReadOnlySpan<byte> body, DateTimeOffset seenAt)
    {
        var doc = JsonFeedDocument.Load(body, itemsProperty: "data", Expected, out var error);
        if (doc is null)
        {
            return ParseResult.Failure(error!);
        }

        // A single paper (GET /paper/{id}) is one element of a list's data[]; a recommendations list holds the
        // same elements under recommendedPapers.
        if (!doc.HasItemsProperty && doc.Fields.ContainsKey("paperId"))
        {
            doc = JsonFeedDocument.Single(body);
        }
        else if (!doc.HasItemsProperty && doc.Fields.TryGetValue("recommendedPapers", out var recommended) && recommended.ValueKind == JsonValueKind.Array)
        {
            doc = JsonFeedDocument.Load(body, itemsProperty: "recommendedPapers", Expected, out error)!;
        }

        return ParserGuard.Run(() => Read(doc, seenAt));
    }

    public static ParseResult Parse(Stream body, DateTimeOffset seenAt) => ParserGuard.Run(body, bytes => Parse(bytes, seenAt));

    public static ParseResult Parse(string text, DateTimeOffset seenAt) => Parse(Encoding.UTF8.GetBytes(text), seenAt);

    private static ParseResult Read(JsonFeedDocument doc, DateTimeOffset seenAt)
    {
        if (!doc.HasItemsProperty)
        {
            return ParseResult.Failure(doc.ErrorMessage() is { } m ? "Semantic Scholar error: " + m : $"not {Expected}: no data array and no paperId");
        }

        var builder = new ParseResultBuilder
        {
            TotalResults = doc.FieldInt("total"),
            StartIndex = doc.FieldInt("offset"),
            NextOffset = doc.FieldInt("next"),
            NextCursor = doc.FieldText("token"),
        };
        for (var i = 0; i < doc.Items.Count; i++)
        {
            var item = doc.Items[i];
            var position = i + 1;
            builder.Guard(position, () => AddPaper(builder, item, position, seenAt));
        }

        return doc.Finish(builder);
    }

    private static void AddPaper(ParseResultBuilder builder, JsonElement item, int position, DateTimeOffset seenAt)
    {
        var paperId = item.Text("paperId");
        var where = ParseResultBuilder.Describe(position, paperId);
        var external = item.Obj("externalIds");
        var arxiv = PaperId.TryParse(external?.Str("ArXiv"), out var a) && a.Kind == PaperIdKind.Arxiv ? a.Unversioned : null;
        var doi = PaperId.TryParseDoi(external?.Str("DOI"), out var d) ? d : null;
        var id = arxiv ?? doi ?? (paperId is null ? null : PaperId.FromSource(SourceNames.SemanticScholar, paperId));
        if (id is null)
        {
            builder.Skip(where, "paper has no paperId, arXiv id or DOI");
            return;
        }

        if (!FeedDates.TryOptionalDate(item.Str("publicationDate"), "publicationDate", out var published, out var problem))
        {
            builder.Skip(where, problem!);
            return;
        }

        // publicationDate is often null where year is known: the paper is dated by its year, not left undated.
        published ??= item.Int("year") is int year and >= 1600 and <= 2200 ? PaperDate.OfYear(year) : null;

        var pdf = item.Obj("openAccessPdf")?.Text("url");
        var paper = new Paper
        {
            Id = id.Key,
            Title = item.Text("title") ?? string.Empty,
            Abstract = item.Text("abstract") ?? string.Empty,
            Authors = Authors(item),
            PublishedDate = published,
            FirstSeen = seenAt,
            Dois = doi is { Kind: PaperIdKind.Doi } ? [doi.Value] : [],
            Links = id.Kind == PaperIdKind.Arxiv
                ? ArxivLinks.For(id)
                : new PaperLinks { Abs = item.Text("url"), Pdf = pdf },
            Sources = [new SourceRecord(SourceNames.SemanticScholar, paperId ?? id.Key, seenAt)],
        };
        builder.Add(new SourceItem { Paper = paper }, where);
    }

    /// <summary>Authors in order; S2 sometimes repeats an author (same authorId), which is kept once.</summary>
    private static List<Author> Authors(JsonElement item)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return item.Arr("authors")
            .Where(a => a.Text("name") is not null && seen.Add(a.Str("authorId") ?? "name:" + a.Text("name")))
            .Select(a => new Author(a.Text("name")!))
            .ToList();
    }
}
