using DigestBot.Storage;
using DigestBot.Tests.Support;
using LiteDB;

namespace DigestBot.Tests.Storage;

/// <summary>The one LiteDB transaction helper: all of the work or none of it.</summary>
public sealed class LiteTransactionsTests
{
    [Fact]
    public void Committed_work_is_kept_and_its_result_returned()
    {
        using var storage = new TestStorage();
        var lite = storage.Database.Lite;

        var id = lite.InTransaction(() => lite.GetCollection("notes").Insert(new BsonDocument { ["text"] = "kept" }));

        Assert.Equal("kept", lite.GetCollection("notes").FindById(id)["text"].AsString);
    }

    [Fact]
    public void A_failure_rolls_every_write_back_and_is_thrown_on()
    {
        using var storage = new TestStorage();
        var lite = storage.Database.Lite;

        var e = Assert.Throws<InvalidOperationException>(() => lite.InTransaction(() =>
        {
            lite.GetCollection("notes").Insert(new BsonDocument { ["text"] = "lost" });
            throw new InvalidOperationException("half way");
        }));

        Assert.Equal("half way", e.Message);
        Assert.Equal(0, lite.GetCollection("notes").Count());
        lite.InTransaction(() => lite.GetCollection("notes").Insert(new BsonDocument { ["text"] = "after" }));
        Assert.Equal(1, lite.GetCollection("notes").Count());
    }
}
