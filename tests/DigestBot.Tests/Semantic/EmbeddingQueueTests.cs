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

    [Fact]
    public void Papers_queued_while_they_have_a_vector_are_counted_until_taken()
    {
        var queue = new EmbeddingQueue();
        queue.Add("new", published: 300);
        queue.Add("changed", published: 200, held: true);
        queue.Add("new", published: 300, held: true); // it got a vector and changed before it was taken: still one paper
        queue.Add("changed", published: 200, held: true);

        Assert.Equal((2, 2), (queue.Count, queue.Held));
        Assert.Equal(["new"], queue.Take(1));
        Assert.Equal((1, 1), (queue.Count, queue.Held));
        Assert.Equal(["changed"], queue.Take(1));
        Assert.Equal((0, 0), (queue.Count, queue.Held));
    }
}
