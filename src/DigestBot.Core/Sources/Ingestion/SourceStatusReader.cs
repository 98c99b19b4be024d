using Microsoft.Extensions.Options;

namespace DigestBot.Sources;

/// <summary>Joins the configured sources with what their state says, for <c>sources</c> and <c>status</c>.</summary>
public sealed class SourceStatusReader(IOptions<SourcesOptions> options, SourceStateStore states, TimeProvider time)
{
    public IReadOnlyList<SourceStatus> Read()
    {
        var config = options.Value;
        var now = time.GetUtcNow();
        return
        [
            .. config.List.OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase).Select(pair =>
            {
                var (name, source) = pair;
                var state = states.Get(name);
                var reason = config.Enabled ? source.DisabledReason(name) : "scheduled polling is off (DigestBot:Sources:Enabled)";
                return new SourceStatus(
                    name, source.Type.ToString(), reason is null, reason, source.EffectiveSchedule, source.EffectiveTimeZone,
                    state.LastAttempt, state.LastSuccess, state.LastError, state.ItemsSeen)
                {
                    NextPoll = reason is null ? source.NextPoll(now)?.ToUniversalTime() : null,
                    FailingSince = state.LastError is null ? null : state.FailingSince ?? state.LastErrorAt,
                    LastPollNew = state.LastPollNew,
                    Categories = source.Type is SourceType.ArxivListing or SourceType.ArxivApi ? [.. source.Categories] : [],
                    Query = source.Type is SourceType.OpenAlex or SourceType.SemanticScholar ? source.Query : null,
                    Url = SourceStatus.Shown(source.Url),
                };
            }),
        ];
    }
}
