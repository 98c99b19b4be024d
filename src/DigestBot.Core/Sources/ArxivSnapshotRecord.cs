using System.Text.Json;

namespace DigestBot.Sources;

/// <summary>
/// One line of Kaggle's <c>arxiv-metadata-oai-snapshot.json</c> as written, before any mapping. Read with a
/// forward-only <see cref="Utf8JsonReader"/> because the import streams about three million of these.
/// </summary>
internal sealed record ArxivSnapshotRecord
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    public string? Id { get; private set; }

    public string? Authors { get; private set; }

    public string? Title { get; private set; }

    public string? Comments { get; private set; }

    public string? JournalRef { get; private set; }

    public string? Doi { get; private set; }

    /// <summary>Space-separated, primary first (arXiv's OAI order).</summary>
    public string? Categories { get; private set; }

    public string? Abstract { get; private set; }

    /// <summary><c>[{version: "v1", created: "Mon, 2 Apr 2007 19:18:42 GMT"}, …]</c> in version order.</summary>
    public List<(string? Version, string? Created)> Versions { get; } = [];

    /// <summary><c>[[last, first, suffix], …]</c>; some lines add affiliations after the suffix.</summary>
    public List<string?[]> AuthorsParsed { get; } = [];

    /// <summary>The record, or null with the reason when the line is not one JSON object.</summary>
    public static ArxivSnapshotRecord? Parse(ReadOnlySpan<byte> line, out string? error)
    {
        error = null;
        if (!line.TrimStart(" \t\r\uFEFF"u8).StartsWith("{"u8))
        {
            // Decided without the JSON reader: a file of garbage lines must not cost an exception per line.
            error = "the line is not a JSON object";
            return null;
        }

        var record = new ArxivSnapshotRecord();
        try
        {
            var reader = new Utf8JsonReader(line, Options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "the line is not a JSON object";
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                record.ReadProperty(ref reader);
            }

            return record;
        }
        catch (Exception e) when (ParserGuard.IsRecoverable(e))
        {
            error = $"the line is not valid JSON ({e.Message})";
            return null;
        }
    }

    private void ReadProperty(ref Utf8JsonReader reader)
    {
        // Compared as UTF-8 bytes: no string is made for a property name.
        if (reader.ValueTextEquals("id"u8)) { Id = ReadString(ref reader); }
        else if (reader.ValueTextEquals("authors"u8)) { Authors = ReadString(ref reader); }
        else if (reader.ValueTextEquals("title"u8)) { Title = ReadString(ref reader); }
        else if (reader.ValueTextEquals("comments"u8)) { Comments = ReadString(ref reader); }
        else if (reader.ValueTextEquals("journal-ref"u8)) { JournalRef = ReadString(ref reader); }
        else if (reader.ValueTextEquals("doi"u8)) { Doi = ReadString(ref reader); }
        else if (reader.ValueTextEquals("categories"u8)) { Categories = ReadString(ref reader); }
        else if (reader.ValueTextEquals("abstract"u8)) { Abstract = ReadString(ref reader); }
        else if (reader.ValueTextEquals("versions"u8)) { ReadVersions(ref reader); }
        else if (reader.ValueTextEquals("authors_parsed"u8)) { ReadAuthorsParsed(ref reader); }
        else
        {
            reader.Read();
            reader.Skip();
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    private void ReadVersions(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            string? version = null, created = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("version"u8)) { version = ReadString(ref reader); }
                else if (reader.ValueTextEquals("created"u8)) { created = ReadString(ref reader); }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            Versions.Add((version, created));
        }
    }

    private void ReadAuthorsParsed(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        var parts = new List<string?>(4);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            parts.Clear();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                parts.Add(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
                reader.Skip();
            }

            AuthorsParsed.Add([.. parts]);
        }
    }
}
