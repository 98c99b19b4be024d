using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>
/// Interaction responses and their webhook follow-ups. Any interaction id is accepted once: a second
/// acknowledgement gets 40060; the original response exists after a type 4 or 5 callback, and after a type 6 or 7
/// (a button's update) it is the message the button is on, which edits of <c>@original</c> change as Discord's do
/// (the fake holds no copy of that message, so after a type 6 it starts empty).
/// </summary>
public sealed class FakeInteractions
{
    private readonly FakeDiscordOptions _options;
    private readonly FakeIds _ids;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _byToken = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _httpAnswers = new(StringComparer.Ordinal);

    internal FakeInteractions(FakeDiscordOptions options, FakeIds ids)
    {
        _options = options;
        _ids = ids;
    }

    /// <summary>The callback body sent for an interaction, or null.</summary>
    public JsonObject? Response(ulong interactionId)
    {
        lock (_lock)
        {
            return _byToken.Values.FirstOrDefault(e => e.Id == interactionId)?.Response.DeepClone() as JsonObject;
        }
    }

    /// <summary>The callback body sent for the interaction with this token, or null.</summary>
    public JsonObject? Response(string token)
    {
        lock (_lock)
        {
            return _byToken.GetValueOrDefault(token)?.Response.DeepClone() as JsonObject;
        }
    }

    /// <summary>The original response message (after edits), or null.</summary>
    public JsonObject? Original(string token)
    {
        lock (_lock)
        {
            return _byToken.GetValueOrDefault(token)?.Original?.DeepClone() as JsonObject;
        }
    }

    public IReadOnlyList<JsonObject> Followups(string token)
    {
        lock (_lock)
        {
            return [.. (_byToken.GetValueOrDefault(token)?.Followups ?? []).Select(f => (JsonObject)f.DeepClone())];
        }
    }

    /// <summary>
    /// Discord's side of Http mode: an interaction about to be sent to an endpoint, whose first answer comes back in
    /// the response body. Edits and follow-ups for its token that arrive before <see cref="AnsweredByHttp"/> wait for it
    /// (up to 10 s), as Discord has the answer before the endpoint can send anything after it.
    /// </summary>
    public void ExpectHttpAnswer(string token) => _httpAnswers[token] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The answer an endpoint wrote into its response body, taken as Discord takes a callback (validated the same way).</summary>
    public int AnsweredByHttp(ulong id, string token, JsonObject body)
    {
        var response = Callback(id, token, body);
        if (_httpAnswers.TryGetValue(token, out var answered))
        {
            answered.TrySetResult();
        }

        return response.Status;
    }

    internal async Task WaitForHttpAnswerAsync(string token, CancellationToken stopping)
    {
        if (_httpAnswers.TryGetValue(token, out var answered))
        {
            await Task.WhenAny(answered.Task, Task.Delay(TimeSpan.FromSeconds(10), stopping));
        }
    }

    internal FakeResponse Callback(ulong id, string token, JsonObject body)
    {
        var type = new FakeChecks().Integer(body, "type", "type");
        if (type is not (1 or 4 or 5 or 6 or 7 or 8 or 9))
        {
            return FakeErrors.InvalidForm([new FakeValidationError("type", "ENUM_TYPE_COERCE", "Value is not a valid enum value.")]);
        }

        var data = body["data"] as JsonObject ?? [];
        if (type is 4 or 7 && FakeMessageValidator.Validate(data, FakeMessageKind.Interaction, _options.RequireNoMentions) is { } invalid)
        {
            return invalid;
        }

        lock (_lock)
        {
            if (_byToken.ContainsKey(token))
            {
                return FakeErrors.AlreadyAcknowledged();
            }

            var original = type is 4 or 5 or 6 or 7 ? FakeMessages.Create(_ids.Next(), 0, type is 4 or 7 ? data : [], _options, viaInteraction: true) : null;
            _byToken[token] = new Entry(id, (JsonObject)body.DeepClone()) { Original = original };
            return FakeResponse.NoContent();
        }
    }

    internal FakeResponse EditOriginal(ulong applicationId, string token, JsonObject body)
    {
        lock (_lock)
        {
            if (applicationId != _options.ApplicationId || _byToken.GetValueOrDefault(token) is not { } entry)
            {
                return FakeErrors.UnknownWebhook();
            }

            if (entry.Original is null)
            {
                return FakeErrors.UnknownMessage();
            }

            FakeMessages.Edit(entry.Original, body, _options.Time.GetUtcNow());
            return FakeResponse.Ok(entry.Original.DeepClone());
        }
    }

    internal FakeResponse DeleteOriginal(ulong applicationId, string token)
    {
        lock (_lock)
        {
            if (applicationId != _options.ApplicationId || _byToken.GetValueOrDefault(token) is not { } entry)
            {
                return FakeErrors.UnknownWebhook();
            }

            if (entry.Original is null)
            {
                return FakeErrors.UnknownMessage();
            }

            entry.Original = null;
            entry.OriginalDeleted = true;
            return FakeResponse.NoContent();
        }
    }

    /// <summary>Whether the original response was deleted.</summary>
    public bool OriginalDeleted(string token)
    {
        lock (_lock)
        {
            return _byToken.GetValueOrDefault(token)?.OriginalDeleted == true;
        }
    }

    internal FakeResponse Followup(ulong applicationId, string token, JsonObject body)
    {
        lock (_lock)
        {
            if (applicationId != _options.ApplicationId || _byToken.GetValueOrDefault(token) is not { } entry)
            {
                return FakeErrors.UnknownWebhook();
            }

            var message = FakeMessages.Create(_ids.Next(), 0, body, _options, viaInteraction: true);
            entry.Followups.Add(message);
            return FakeResponse.Ok(message.DeepClone());
        }
    }

    internal FakeResponse EditFollowup(ulong applicationId, string token, ulong messageId, JsonObject body)
    {
        lock (_lock)
        {
            var message = applicationId == _options.ApplicationId
                ? _byToken.GetValueOrDefault(token)?.Followups.FirstOrDefault(m => m["id"]!.GetValue<string>() == FakeMessages.Id(messageId))
                : null;
            if (message is null)
            {
                return FakeErrors.UnknownMessage();
            }

            FakeMessages.Edit(message, body, _options.Time.GetUtcNow());
            return FakeResponse.Ok(message.DeepClone());
        }
    }

    private sealed record Entry(ulong Id, JsonObject Response)
    {
        public JsonObject? Original { get; set; }

        public bool OriginalDeleted { get; set; }

        public List<JsonObject> Followups { get; } = [];
    }
}
