using System.Globalization;
using System.Text.Json;
using DigestBot.Papers;

namespace DigestBot.Benchmarks;

/// <summary>
/// Writes papers as lines of arXiv's metadata snapshot (Kaggle's <c>arxiv-metadata-oai-snapshot.json</c>), so the
/// generated corpus goes through the same import path as the real file: one JSON object per line, versions with
/// their RFC 1123 dates, authors both as one string and parsed.
/// </summary>
internal static class SnapshotWriter
{
    public static void Write(string path, IEnumerable<Paper> papers)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var paper in papers)
        {
            WriteLine(json, paper);
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    private static void WriteLine(Utf8JsonWriter json, Paper paper)
    {
        var published = paper.Published ?? paper.FirstSeen;
        json.WriteStartObject();
        json.WriteString("id", paper.Id);
        json.WriteString("submitter", paper.Authors.Count > 0 ? paper.Authors[0].Name : null);
        json.WriteString("authors", string.Join(", ", paper.Authors.Select(a => a.Name)));
        json.WriteString("title", paper.Title);
        json.WriteString("comments", paper.Comment);
        json.WriteString("journal-ref", paper.JournalRef);
        json.WriteString("doi", paper.Dois.Count > 0 ? paper.Dois[0] : null);
        json.WriteString("categories", string.Join(' ', paper.Categories));
        json.WriteString("abstract", "  " + paper.Abstract + "\n");
        json.WriteStartArray("versions");
        for (var v = 1; v <= Math.Max(1, paper.Version); v++)
        {
            json.WriteStartObject();
            json.WriteString("version", string.Create(CultureInfo.InvariantCulture, $"v{v}"));
            json.WriteString("created", published.AddDays(7 * (v - 1)).ToUniversalTime().ToString("ddd, d MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("update_date", (paper.Updated ?? published).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("authors_parsed");
        foreach (var author in paper.Authors)
        {
            var space = author.Name.LastIndexOf(' ');
            json.WriteStartArray();
            json.WriteStringValue(space < 0 ? author.Name : author.Name[(space + 1)..]);
            json.WriteStringValue(space < 0 ? string.Empty : author.Name[..space]);
            json.WriteStringValue(string.Empty);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The papers of a snapshot file, as the import reads them (lines that are not papers skipped).</summary>
    public static IEnumerable<Paper> Read(string path, DateTimeOffset seenAt)
    {
        using var stream = File.OpenRead(path);
        foreach (var line in DigestBot.Sources.ArxivSnapshotParser.ReadLines(stream, seenAt))
        {
            if (line.Item is { } item)
            {
                yield return item.Paper;
            }
        }
    }
}
