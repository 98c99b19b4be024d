using System.Globalization;
using System.Text;

namespace DigestBot.Benchmarks.Relevance;

/// <summary>
/// The Cranfield collection in its original files: 1,400 aerodynamics abstracts (<c>.I</c> id, <c>.T</c> title,
/// <c>.A</c> authors, <c>.B</c> source, <c>.W</c> text), 225 questions (<c>cran.qry</c>; the judgments number them
/// 1–225 in file order, not by their <c>.I</c>) and <c>cranqrel</c> lines "question document code". Cleverdon's codes
/// run from 1 (a complete answer) to 4 (of minimum interest); −1 marks no relevance. Gain = 5 − code, 0 for −1.
/// </summary>
internal static class CranfieldReader
{
    public const string Documents = "cran.all.1400";

    public static RelevanceCollection Read(string folder)
    {
        var documents = Records(File.ReadAllText(Path.Combine(folder, Documents)))
            .Select(r => new RelevanceDocument(r.Id, r.Fields.GetValueOrDefault('T', string.Empty), r.Fields.GetValueOrDefault('W', string.Empty)))
            .ToList();
        var questions = Records(File.ReadAllText(Path.Combine(folder, "cran.qry")))
            .Select((r, i) => new RelevanceQuestion((i + 1).ToString(CultureInfo.InvariantCulture), Decode(r.Fields.GetValueOrDefault('W', string.Empty))))
            .ToList();
        var gains = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "cranqrel")))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 3 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var code))
            {
                var judged = gains.TryGetValue(parts[0], out var g) ? g : gains[parts[0]] = new(StringComparer.Ordinal);
                judged[parts[1]] = code is >= 1 and <= 4 ? 5 - code : 0;
            }
        }

        return new RelevanceCollection("Cranfield", documents, questions, gains);
    }

    /// <summary>Three questions write a dash as the word "-dash" (the files' encoding of one), which would read as "NOT dash".</summary>
    private static string Decode(string question) => question.Replace(" -dash ", " — ", StringComparison.Ordinal);

    /// <summary>Splits the file at <c>.I id</c> lines; each record's fields run from a <c>.X</c> line to the next.</summary>
    private static IEnumerable<(string Id, Dictionary<char, string> Fields)> Records(string text)
    {
        string? id = null;
        var fields = new Dictionary<char, string>();
        char? field = null;
        var value = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length >= 2 && line[0] == '.' && char.IsAsciiLetterUpper(line[1]) && (line.Length == 2 || line[2] == ' '))
            {
                if (field is { } f)
                {
                    fields[f] = value.ToString().Trim();
                }

                value.Clear();
                field = line[1];
                if (line[1] == 'I')
                {
                    if (id is not null)
                    {
                        yield return (id, fields);
                    }

                    id = line[2..].Trim().TrimStart('0');
                    fields = new();
                    field = null;
                }

                continue;
            }

            value.Append(line).Append(' ');
        }

        if (field is { } last)
        {
            fields[last] = value.ToString().Trim();
        }

        if (id is not null)
        {
            yield return (id, fields);
        }
    }
}
