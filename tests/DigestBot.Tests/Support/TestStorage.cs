using DigestBot.Papers;
using DigestBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Support;

/// <summary>A real LiteDB file in a temp folder, opened the way the host opens it.</summary>
public sealed class TestStorage : IDisposable
{
    private readonly TempDirectory _temp = new();
    private DataDirectory? _directory;

    public TestStorage()
    {
        Open();
    }

    public Database Database { get; private set; } = null!;

    public PaperStore Papers { get; private set; } = null!;

    public string DataPath => _temp.Combine("data");

    /// <summary>Closes and reopens the database, as a restart would.</summary>
    public void Reopen()
    {
        Close();
        Open();
    }

    public void Dispose()
    {
        Close();
        _temp.Dispose();
    }

    private void Open()
    {
        var options = Options.Create(new StorageOptions { DataDirectory = DataPath });
        _directory = new DataDirectory(options, NullLogger<DataDirectory>.Instance);
        Database = new Database(_directory, [new PapersSchema(), new PaperRevisionsSchema()], NullLogger<Database>.Instance);
        Database.Open();
        Papers = new PaperStore(Database);
    }

    private void Close()
    {
        Database?.Dispose();
        _directory?.Dispose();
    }
}
