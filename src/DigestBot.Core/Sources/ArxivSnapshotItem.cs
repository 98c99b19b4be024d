using System.Globalization;
using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>How a snapshot record becomes a paper: versions give the version and dates, authors_parsed the authors.</summary>
internal static class ArxivSnapshotItem
{
    private const string CreatedFormat = "ddd, d MMM yyyy HH:mm:ss 'GMT'";

    /// <summary>The item, or null with the reason the record cannot be one.</summary>
    public static SourceItem? From(ArxivSnapshotRecord record, DateTimeOffset seenAt, out string? reason)
    {
        reason = null;
        if (!PaperId.TryParse(record.Id, out var id) || id.Kind != PaperIdKind.Arxiv)
        {
            reason = $"id {SourceText.Quote(record.Id)} is not an arXiv id";
            return null;
        }

        var version = 0;
        DateTimeOffset? published = null, updated = null;
        foreach (var (v, created) in record.Versions)
        {
            if (!TryCreated(created, out var date))
            {
                reason = $"bad date in versions[{v}].created: {SourceText.Quote(created)}";
                return null;
            }

            var n = v is { Length: > 1 } && int.TryParse(v.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            published = n == 1 || published is null ? date : published;
            if (n >= version)
            {
                (version, updated) = (n, date);
            }
        }

        id = id.Unversioned;
        var canonical = ArxivLinks.For(id);
        var paper = new Paper
        {
            Id = id.Key,
            Version = version,
            Title = SourceText.Collapse(record.Title) ?? string.Empty,
            Abstract = SourceText.Collapse(record.Abstract) ?? string.Empty,
            Authors = Authors(record),
            Categories = record.Categories?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            Published = published,
            Updated = updated,
            FirstSeen = seenAt,
            Dois = record.Doi is null ? [] : DoiText.ParseList([record.Doi]),
            JournalRef = SourceText.NullIfBlank(record.JournalRef),
            Comment = SourceText.NullIfBlank(record.Comments),
            Links = canonical,
            Sources = [new SourceRecord(SourceNames.ArxivSnapshot, version > 0 ? $"{id.Value}v{version}" : id.Value, seenAt)],
        };
        return new SourceItem { Paper = paper, RawAuthors = SourceText.NullIfBlank(record.Authors) };
    }

    /// <summary>"Mon, 2 Apr 2007 19:18:42 GMT" by the fast exact format; anything else through the general reader.</summary>
    private static bool TryCreated(string? text, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(text, CreatedFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)
        || FeedDates.TryParse(text, out date);

    /// <summary>From <c>authors_parsed</c> ([last, first, suffix, affiliations…]) when present, else the raw string.</summary>
    private static IReadOnlyList<Author> Authors(ArxivSnapshotRecord record)
    {
        if (record.AuthorsParsed.Count == 0)
        {
            return CreatorList.Parse(record.Authors, CreatorList.FeedSeparators);
        }

        var authors = new List<Author>(record.AuthorsParsed.Count);
        foreach (var parts in record.AuthorsParsed)
        {
            var name = SourceText.Collapse(string.Join(' ', parts.Length > 2 ? [parts[1], parts[0], parts[2]] : parts.Reverse()));
            if (!string.IsNullOrEmpty(name))
            {
                authors.Add(new Author(name, parts.Skip(3).Select(SourceText.NullIfBlank).OfType<string>().ToList()));
            }
        }

        return authors;
    }
}
