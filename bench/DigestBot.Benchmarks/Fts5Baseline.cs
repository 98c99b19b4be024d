using DigestBot.Papers;
using Microsoft.Data.Sqlite;

namespace DigestBot.Benchmarks;

/// <summary>
/// The baseline: raw SQLite FTS5 on the same papers, with the closest analysis it has (Porter stemming, Unicode
/// case and diacritic folding), BM25 with the title weighted twice, and a highlighted snippet of the abstract.
/// </summary>
internal sealed class Fts5Baseline : IDisposable
{
    private const string Select = """
        SELECT id, title, authors, published, snippet(papers, 2, '**', '**', '…', 40), bm25(papers, 0, 2.0, 1.0, 1.0, 0, 0) AS score
        FROM papers WHERE papers MATCH $query ORDER BY score LIMIT 10
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _search;

    public Fts5Baseline(string path)
    {
        _connection = new SqliteConnection($"Data Source={path}");
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute("""
            CREATE VIRTUAL TABLE papers USING fts5(
                id UNINDEXED, title, abstract, authors, categories, published UNINDEXED,
                tokenize = 'porter unicode61 remove_diacritics 2')
            """);
        _search = _connection.CreateCommand();
        _search.CommandText = Select;
        _search.Parameters.Add("$query", SqliteType.Text);
    }

    /// <summary>Inserts every paper in one transaction, then merges the index into one b-tree (its fastest form).</summary>
    public void Load(IEnumerable<Paper> papers)
    {
        using (var transaction = _connection.BeginTransaction())
        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO papers VALUES ($id, $title, $abstract, $authors, $categories, $published)";
            var parameters = new[] { "$id", "$title", "$abstract", "$authors", "$categories", "$published" }
                .Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
            foreach (var p in papers)
            {
                parameters[0].Value = p.Id;
                parameters[1].Value = p.Title;
                parameters[2].Value = p.Abstract;
                parameters[3].Value = string.Join(", ", p.Authors.Select(a => a.Name));
                parameters[4].Value = string.Join(' ', p.Categories);
                parameters[5].Value = p.Published?.ToString("O") ?? string.Empty;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute("INSERT INTO papers(papers) VALUES('optimize')");
    }

    /// <summary>The top ten for <paramref name="match"/>, every column read as a result page would be.</summary>
    public int Search(string match)
    {
        _search.Parameters["$query"].Value = match;
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
