namespace DigestBot.Discord.Gateway;

/// <summary>
/// What a Resume needs, kept across connections: the session id and resume URL from READY, and the latest
/// sequence number (heartbeats send it too, from another task, hence the lock).
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock _lock = new();
    private string? _id;
    private Uri? _resumeUrl;
    private int? _sequence;

    public int? Sequence
    {
        get
        {
            lock (_lock)
            {
                return _sequence;
            }
        }
    }

    public ulong? ApplicationId { get; set; }

    public bool CanResume
    {
        get
        {
            lock (_lock)
            {
                return _id is not null && _resumeUrl is not null;
            }
        }
    }

    public (string Id, Uri Url, int? Sequence) Resumable
    {
        get
        {
            lock (_lock)
            {
                return (_id ?? throw new InvalidOperationException("no session to resume"), _resumeUrl!, _sequence);
            }
        }
    }

    public void Start(string id, Uri resumeUrl)
    {
        lock (_lock)
        {
            (_id, _resumeUrl) = (id, resumeUrl);
        }
    }

    /// <summary>Keeps the latest non-null sequence number.</summary>
    public void Saw(int? sequence)
    {
        if (sequence is not { } s)
        {
            return;
        }

        lock (_lock)
        {
            _sequence = s;
        }
    }

    /// <summary>The session is over: the next connection identifies anew.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            (_id, _resumeUrl, _sequence) = (null, null, null);
        }
    }
}
