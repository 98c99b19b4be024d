using DigestBot.Papers;
using Microsoft.Data.Sqlite;

namespace DigestBot.Benchmarks;

/// <summary>
/// The baseline: raw SQLite FTS5 on the same papers, with the closest analysis it has (Porter stemming, Unicode
/// case and diacritic folding), BM25 with the title weighted twice, and a highlighted snippet of the abstract.
/// </summary>
internal sealed class Fts5Baseline : IDisposable
{
    private static readonly string[] Columns = ["$id", "$title", "$abstract", "$authors", "$categories", "$published"];

    // The date window is a filter on the published column (ISO 8601 in UTC compares as text), as DigestBot filters.
    private const string Select = """
        SELECT id, title, authors, published, snippet(papers, 2, '**', '**', '…', 40), bm25(papers, 0, 2.0, 1.0, 1.0, 0, 0) AS score
        FROM papers WHERE papers MATCH $query AND published >= $since ORDER BY score LIMIT 10
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _search;

    private Fts5Baseline(string path, bool create)
    {
        _connection = new SqliteConnection($"Data Source={path}");
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        if (create)
        {
            Execute("""
                CREATE VIRTUAL TABLE papers USING fts5(
                    id UNINDEXED, title, abstract, authors, categories, published UNINDEXED,
                    tokenize = 'porter unicode61 remove_diacritics 2')
                """);
        }

        _search = _connection.CreateCommand();
        _search.CommandText = Select;
        _search.Parameters.Add("$query", SqliteType.Text);
        _search.Parameters.Add("$since", SqliteType.Text);
    }

    public static Fts5Baseline Create(string path) => new(path, create: true);

    /// <summary>Another connection to a loaded database, for a second concurrent client.</summary>
    public static Fts5Baseline Open(string path) => new(path, create: false);

    /// <summary>Inserts every paper in one transaction, then merges the index into one b-tree (its fastest form).</summary>
    public void Load(IEnumerable<Paper> papers)
    {
        using (var transaction = _connection.BeginTransaction())
        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO papers VALUES ($id, $title, $abstract, $authors, $categories, $published)";
            var parameters = Columns
                .Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
            foreach (var p in papers)
            {
                parameters[0].Value = p.Id;
                parameters[1].Value = p.Title;
                parameters[2].Value = p.Abstract;
                parameters[3].Value = string.Join(", ", p.Authors.Select(a => a.Name));
                parameters[4].Value = string.Join(' ', p.Categories);
                parameters[5].Value = p.Published?.ToUniversalTime().ToString("O") ?? string.Empty;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute("INSERT INTO papers(papers) VALUES('optimize')");
    }

    /// <summary>The top ten for <paramref name="match"/> published since <paramref name="since"/>, every column read as a result page would be.</summary>
    public int Search(string match, DateTimeOffset? since)
    {
        _search.Parameters["$query"].Value = match;
        _search.Parameters["$since"].Value = since?.ToUniversalTime().ToString("O") ?? string.Empty;
        using var reader = _search.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetDouble(5));
            rows++;
        }

        return rows;
    }

    public void Dispose()
    {
        _search.Dispose();
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
