using System.Text;
using System.Text.Json;

namespace DigestBot.Tests.Support;

/// <summary>Writes synthetic lines in the arXiv metadata snapshot's format (invented ids, titles and people).</summary>
public static class SnapshotFile
{
    public static string Id(int n) => $"2401.{n:D5}";

    /// <summary>Papers 1..<paramref name="count"/>; line numbers listed in <paramref name="broken"/> are not JSON.</summary>
    public static void Write(string path, int count, params int[] broken)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var n = 1; n <= count; n++)
        {
            if (broken.Contains(n))
            {
                writer.Write("{\"id\": \"truncated");
                writer.Write('\n');
                continue;
            }

            writer.Write(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = Id(n),
                ["submitter"] = "Ada Lovelace",
                ["authors"] = "Ada Lovelace, Alan Turing",
                ["title"] = $"Synthetic paper number {n} on attention",
                ["comments"] = null,
                ["journal-ref"] = null,
                ["doi"] = null,
                ["categories"] = "cs.LG cs.AI",
                ["abstract"] = $"  We study synthetic problem {n}.\n",
                ["versions"] = new[] { new { version = "v1", created = "Mon, 1 Jan 2024 10:00:00 GMT" } },
                ["update_date"] = "2024-01-02",
                ["authors_parsed"] = new[] { new[] { "Lovelace", "Ada", "" }, new[] { "Turing", "Alan", "" } },
            }));
            writer.Write('\n');
        }
    }

    /// <summary>The real titles and abstracts of the daily-papers page (<see cref="Search.DailyPapersPage"/>) as snapshot lines.</summary>
    public static void WriteDailyPage(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var (entry, i) in Search.DailyPapersPage.TitlesAndAbstracts.Select((e, i) => (e, i)))
        {
            writer.Write(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = Search.DailyPapersPage.Id(i),
                ["authors"] = "Ada Lovelace",
                ["title"] = entry.Title,
                ["categories"] = "cs.LG",
                ["abstract"] = entry.Abstract,
                ["versions"] = new[] { new { version = "v1", created = "Mon, 1 Jan 2024 10:00:00 GMT" } },
                ["update_date"] = "2024-01-02",
                ["authors_parsed"] = new[] { new[] { "Lovelace", "Ada", "" } },
            }));
            writer.Write('\n');
        }
    }
}
