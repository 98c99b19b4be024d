using DigestBot.Semantic;

namespace DigestBot.Tests.Semantic;

public sealed class EmbeddingQueueTests
{
    [Fact]
    public void Papers_semantic_watches_wait_on_come_first_then_the_newest_and_each_once()
    {
        var queue = new EmbeddingQueue();
        queue.Add("old", published: 100);
        queue.Add("new", published: 300);
        queue.Add("middle", published: 200);
        queue.Add("new", published: 300);
        queue.Add("old", published: 100, urgent: true);

        Assert.Equal(3, queue.Count);
        Assert.Equal(["old", "new"], queue.Take(2));
        Assert.Equal(["middle"], queue.Take(5));
        Assert.Empty(queue.Take(5));
    }
}
