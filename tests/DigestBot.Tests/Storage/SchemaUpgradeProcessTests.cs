using System.Text.Json;
using DigestBot.Tests.Support;
using LiteDB;

namespace DigestBot.Tests.Storage;

/// <summary>
/// An install upgraded in place: a database written by the previous schema (version 2: papers, aliases and the
/// announcement queue, nothing of watches or tombstones) is migrated at start-up and its data is served as before.
/// </summary>
public sealed class SchemaUpgradeProcessTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    private string DatabasePath => Path.Combine(Data, "digestbot.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_schema_2_database_is_migrated_at_start_up_and_keeps_its_papers()
    {
        WriteSchema2Database();

        var paper = await DigestBotProcess.RunAsync("paper", "10.1000/norm.2024", "--json", "--data", Data);
        var search = await DigestBotProcess.RunAsync("search", "\"layer normalization\"", "--json", "--data", Data);
        var watch = await DigestBotProcess.RunAsync("watch", "add", "ti:normalization", "--channel", "42", "--data", Data);

        // The DOI alias still finds the paper, with every stored field.
        Assert.Equal(0, paper.ExitCode);
        using (var json = JsonDocument.Parse(paper.Stdout))
        {
            var root = json.RootElement;
            Assert.Equal("2401.00001", root.GetProperty("id").GetString());
            Assert.Equal(2, root.GetProperty("version").GetInt32());
            Assert.Equal("On Layer Normalization in Old Databases", root.GetProperty("title").GetString());
            Assert.Equal("Grace Hopper", root.GetProperty("authors")[0].GetProperty("name").GetString());
            Assert.Equal("Navy", root.GetProperty("authors")[0].GetProperty("affiliations")[0].GetString());
            Assert.Equal("2024-01-02T10:00:00Z", root.GetProperty("published").GetString());
            Assert.Equal("arxiv-api", root.GetProperty("sources")[0].GetProperty("source").GetString());
        }

        // The search index is built from the migrated papers; the watches feature (schema 3) works.
        Assert.Equal(0, search.ExitCode);
        using (var hits = JsonDocument.Parse(search.Stdout))
        {
            Assert.Equal(["2401.00001"], hits.RootElement.EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        }

        Assert.Equal(0, watch.ExitCode);
        using var db = new LiteDatabase(new ConnectionString { Filename = DatabasePath, ReadOnly = true });
        Assert.Equal(9, db.UserVersion);
        var indexes = db.GetCollection("$indexes").FindAll().Select(i => $"{i["collection"].AsString}.{i["name"].AsString}").ToList();
        Assert.Contains("watches.ChannelId", indexes);
        Assert.Contains("paper_tombstones.Revision", indexes);
        Assert.Contains("papers.TitleKey", indexes);
        Assert.Contains("papers.AbsLink", indexes);
        Assert.Contains("papers.SourceIds", indexes);
        Assert.Contains("announcements.PercolatedAt", indexes);
        Assert.Equal("on layer normalization in old databases", db.GetCollection("papers").FindById("2401.00001")["TitleKey"].AsString);
        Assert.Equal(2, db.GetCollection("papers").Count());

        // Schema 8 counted the stored papers by the day they were first seen and their first source.
        var arrivals = db.GetCollection("paper_arrivals").FindAll().ToList();
        var arrived = Assert.Single(arrivals);
        Assert.Equal("2024-01-06|arxiv-api", arrived["_id"].AsString);
        Assert.Equal(2, arrived["Count"].AsInt32);
        Assert.Contains("paper_arrivals.Day", indexes);
    }

    /// <summary>The file as digestbot wrote it at schema 2, document by document (not through today's mapper).</summary>
    private void WriteSchema2Database()
    {
        Directory.CreateDirectory(Data);
        using var db = new LiteDatabase(new ConnectionString { Filename = DatabasePath });
        var papers = db.GetCollection("papers");
        papers.Insert(Paper("2401.00001", "On Layer Normalization in Old Databases", "We study layer normalization.", revision: 1, doi: "10.1000/norm.2024"));
        papers.Insert(Paper("2401.00002", "Batch Effects", "A different subject.", revision: 2, doi: null));
        papers.EnsureIndex("FirstSeen", "$.FirstSeen");
        papers.EnsureIndex("Revision", "$.Revision");
        var aliases = db.GetCollection("paper_aliases");
        aliases.Insert(new BsonDocument { ["_id"] = "doi:10.1000/norm.2024", ["PaperId"] = "2401.00001" });
        aliases.EnsureIndex("PaperId", "$.PaperId");
        db.GetCollection("announcements").EnsureIndex("QueuedAt", "$.QueuedAt");
        db.UserVersion = 2;
    }

    private static BsonDocument Paper(string id, string title, string summary, long revision, string? doi)
    {
        var paper = new BsonDocument
        {
            ["_id"] = id,
            ["Version"] = 2,
            ["Title"] = title,
            ["Abstract"] = summary,
            ["Authors"] = new BsonArray(new BsonDocument { ["Name"] = "Grace Hopper", ["Affiliations"] = new BsonArray(new BsonValue("Navy")) }),
            ["Categories"] = new BsonArray(new BsonValue("cs.LG")),
            ["Published"] = "2024-01-02T10:00:00.0000000Z",
            ["Updated"] = "2024-01-05T10:00:00.0000000Z",
            ["FirstSeen"] = "2024-01-06T08:00:00.0000000Z",
            ["Dois"] = doi is null ? new BsonArray() : new BsonArray(new BsonValue(doi)),
            ["Links"] = new BsonDocument { ["Abs"] = $"https://arxiv.org/abs/{id}v2" },
            ["Sources"] = new BsonArray(new BsonDocument { ["Source"] = "arxiv-api", ["SourceId"] = $"{id}v2", ["SeenAt"] = "2024-01-06T08:00:00.0000000Z" }),
            ["Revision"] = revision,
        };
        return paper;
    }
}
