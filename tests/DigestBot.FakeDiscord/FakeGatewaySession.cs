using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>A gateway session: its dispatches numbered from 1 and kept, so a Resume can replay what was missed.</summary>
public sealed class FakeGatewaySession(string id)
{
    private readonly List<JsonObject> _log = [];

    public string Id { get; } = id;

    public int Sequence { get; private set; }

    /// <summary>The connection the session is live on, if any; dispatches made while it is null wait for a Resume.</summary>
    internal FakeGatewayConnection? Connection { get; set; }

    internal JsonObject Add(string type, JsonNode data)
    {
        var frame = FakeGatewayFrames.Dispatch(type, ++Sequence, data);
        _log.Add(frame);
        return frame;
    }

    /// <summary>Every dispatch after <paramref name="sequence"/>, in order.</summary>
    internal IReadOnlyList<JsonObject> After(int? sequence) => [.. _log.Where(f => f["s"]!.GetValue<int>() > (sequence ?? 0))];
}
