using System.Text;
using System.Text.Json;
using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>
/// Reads an OpenAlex works list (<c>{meta, results: […]}</c>) or a single work (<c>GET /works/W…</c>). Identity: arXiv when the DOI is arXiv's own
/// (<c>10.48550/arxiv.…</c>) or a location lives on arxiv.org, else the (lower-cased) DOI, else the OpenAlex work id.
/// The abstract is rebuilt from <c>abstract_inverted_index</c>; institutions become affiliations.
/// </summary>
public static class OpenAlexParser
{
    private const string Expected = "an OpenAlex works list";

    public static ParseResult Parse(ReadOnlySpan<byte> body, DateTimeOffset seenAt)
    {
        var doc = JsonFeedDocument.Load(body, itemsProperty: "results", Expected, out var error);
        if (doc is null)
        {
            return ParseResult.Failure(error!);
        }

        // A single work (GET /works/W…) is one element of a list's results[].
        if (!doc.HasItemsProperty && doc.FieldText("id") is { } id && id.Contains("openalex.org/W", StringComparison.OrdinalIgnoreCase))
        {
            doc = JsonFeedDocument.Single(body);
        }

        return ParserGuard.Run(() => Read(doc, seenAt));
    }

    public static ParseResult Parse(Stream body, DateTimeOffset seenAt) => ParserGuard.Run(body, bytes => Parse(bytes, seenAt));

    public static ParseResult Parse(string text, DateTimeOffset seenAt) => Parse(Encoding.UTF8.GetBytes(text), seenAt);

    private static ParseResult Read(JsonFeedDocument doc, DateTimeOffset seenAt)
    {
        if (!doc.HasItemsProperty)
        {
            return ParseResult.Failure(doc.ErrorMessage() is { } m ? "OpenAlex error: " + m : $"not {Expected}: no results array and no work id");
        }

        var meta = doc.Fields.TryGetValue("meta", out var m2) ? m2 : default;
        var builder = new ParseResultBuilder { TotalResults = meta.Int("count"), NextCursor = meta.Text("next_cursor") };
        if (meta.Int("page") is int page && meta.Int("per_page") is int perPage && page > 0)
        {
            builder.StartIndex = (page - 1) * perPage;
        }

        for (var i = 0; i < doc.Items.Count; i++)
        {
            var work = doc.Items[i];
            var position = i + 1;
            builder.Guard(position, () => AddWork(builder, work, position, seenAt));
        }

        return doc.Finish(builder);
    }

    private static void AddWork(ParseResultBuilder builder, JsonElement work, int position, DateTimeOffset seenAt)
    {
        var workId = ShortId(work.Str("id"));
        var rawDoi = work.Str("doi");
        var where = ParseResultBuilder.Describe(position, workId ?? rawDoi);
        // A work without a DOI (or with one we cannot read) is still a paper: doi stays null.
        _ = PaperId.TryParseDoi(rawDoi, out var doi);
        var arxiv = doi is { Kind: PaperIdKind.Arxiv } ? doi : ArxivLocation(work);
        var id = arxiv?.Unversioned ?? doi ?? (workId is null ? null : PaperId.FromSource(SourceNames.OpenAlex, workId));
        if (id is null)
        {
            builder.Skip(where, "work has no id, DOI or arXiv location");
            return;
        }

        if (!FeedDates.TryOptionalDate(work.Str("publication_date"), "publication_date", out var published, out var problem))
        {
            builder.Skip(where, problem!);
            return;
        }

        published ??= work.Int("publication_year") is int year and >= 1600 and <= 2200 ? PaperDate.OfYear(year) : null;

        var primary = work.Obj("primary_location");
        var journalRef = JournalReference(primary, work.Obj("biblio"), published);
        var paper = new Paper
        {
            Id = id.Key,
            Title = HtmlText.ToPlain(work.Str("title") ?? work.Str("display_name")),
            Abstract = InvertedIndex.Rebuild(work.Prop("abstract_inverted_index")),
            Authors = work.Arr("authorships").Select(ReadAuthor).OfType<Author>().ToList(),
            PublishedDate = published,
            FirstSeen = seenAt,
            Dois = doi is { Kind: PaperIdKind.Doi } ? [doi.Value] : [],
            JournalRef = journalRef,
            Links = id.Kind == PaperIdKind.Arxiv
                ? ArxivLinks.For(id)
                : new PaperLinks
                {
                    Abs = doi is { Kind: PaperIdKind.Doi } ? "https://doi.org/" + doi.Value : primary?.Text("landing_page_url"),
                    Pdf = primary?.Text("pdf_url") ?? work.Obj("best_oa_location")?.Text("pdf_url"),
                },
            Sources = [new SourceRecord(SourceNames.OpenAlex, workId ?? id.Key, seenAt)],
        };
        builder.Add(new SourceItem { Paper = paper }, where);
    }

    private static Author? ReadAuthor(JsonElement authorship)
    {
        var name = authorship.Obj("author")?.Text("display_name") ?? authorship.Text("raw_author_name");
        var institutions = authorship.Arr("institutions").Select(i => i.Text("display_name")).OfType<string>().Distinct().ToList();
        return name is null ? null : new Author(name, institutions);
    }

    /// <summary>
    /// "PeerJ 6, e4375 (2018)": the journal a work appeared in (a primary location whose source is a journal) with the
    /// volume and pages of its <c>biblio</c>, written the way arXiv journal references are; null without a journal or volume.
    /// </summary>
    private static string? JournalReference(JsonElement? location, JsonElement? biblio, PaperDate? published)
    {
        var source = location?.Obj("source");
        if (source?.Str("type") != "journal" || source?.Text("display_name") is not { } name || biblio?.Text("volume") is not { } volume || published is not { } date)
        {
            return null;
        }

        var (first, last) = (biblio?.Text("first_page"), biblio?.Text("last_page"));
        var pages = first is null ? string.Empty : last is null || last == first ? $", {first}" : $", {first}-{last}";
        return $"{name} {volume}{pages} ({date.Year})";
    }

    /// <summary>An arXiv id from any location whose landing page or PDF is on arxiv.org.</summary>
    private static PaperId? ArxivLocation(JsonElement work)
    {
        var locations = work.Arr("locations")
            .Concat(new[] { work.Obj("primary_location"), work.Obj("best_oa_location") }.OfType<JsonElement>());
        foreach (var location in locations)
        {
            foreach (var url in new[] { location.Str("landing_page_url"), location.Str("pdf_url") })
            {
                if (url is not null && url.Contains("arxiv.org/", StringComparison.OrdinalIgnoreCase)
                    && PaperId.TryParse(url, out var id) && id.Kind == PaperIdKind.Arxiv)
                {
                    return id;
                }
            }
        }

        return null;
    }

    /// <summary><c>https://openalex.org/W3212386989</c> → <c>W3212386989</c>.</summary>
    private static string? ShortId(string? url) =>
        SourceText.NullIfBlank(url) is { } s ? s[(s.LastIndexOf('/') + 1)..] : null;
}
