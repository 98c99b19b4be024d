namespace DigestBot.Semantic;

/// <summary>The <c>k</c> best (slot, similarity) pairs seen so far: a min-heap that refuses anything below its worst.</summary>
internal sealed class TopHits(int k)
{
    private readonly PriorityQueue<int, float> _heap = new(k + 1);

    private float _floor = float.NegativeInfinity;

    public int Count => _heap.Count;

    /// <summary>The worst similarity still kept once full; below it nothing gets in.</summary>
    public float Floor => _floor;

    public void Offer(int slot, float similarity)
    {
        // Most offers of a large scan are below the floor: one comparison.
        if (similarity <= _floor || k == 0)
        {
            return;
        }

        if (_heap.Count < k)
        {
            _heap.Enqueue(slot, similarity);
        }
        else
        {
            _heap.EnqueueDequeue(slot, similarity);
        }

        if (_heap.Count == k)
        {
            _heap.TryPeek(out _, out _floor);
        }
    }

    public void Merge(TopHits other)
    {
        foreach (var (slot, similarity) in other._heap.UnorderedItems)
        {
            Offer(slot, similarity);
        }
    }

    /// <summary>Best first.</summary>
    public IEnumerable<(int Slot, float Similarity)> Best() =>
        _heap.UnorderedItems.OrderByDescending(e => e.Priority).ThenBy(e => e.Element).Select(e => (e.Element, e.Priority));
}
