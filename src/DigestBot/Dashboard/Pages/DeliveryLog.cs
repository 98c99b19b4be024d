using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Papers;

namespace DigestBot.Dashboard.Pages;

/// <summary>
/// A channel's last digests with their papers, and how each message went: sent (when, which message), retried (sent on
/// a later try than the first), not sent (and the channel's last error), waiting, or held by a pause and why; each time
/// in the channel's own zone, as its next digests are shown above it.
/// </summary>
internal sealed class DeliveryLog(Outbox outbox, PaperStore papers)
{
    public const int Shown = 5;

    /// <summary>A message sent this long after its first try was sent by a retry, not by the first attempt.</summary>
    private static readonly TimeSpan RetryGap = TimeSpan.FromSeconds(30);

    public Html Render(ChannelState channel)
    {
        // Numbers go on after retention removed old digests: those are simply not found.
        var count = outbox.LastDigestNumber(channel.Id);
        var digests = Enumerable.Range(0, Math.Min(Shown, count))
            .Select(i => outbox.Find(DigestComposer.DigestId(channel.Id, count - i)))
            .OfType<DigestRecord>()
            .ToList();
        var state = channel switch
        {
            { Paused: true } => Html.Of($"<p class=\"warn\">Paused: {channel.PausedReason ?? "by a command"}. Nothing is posted until it resumes.</p>"),
            { LastError: { } error } => Html.Of($"<p class=\"bad\">Last digest run failed ({channel.ConsecutiveFailures} in a row): {error}</p>"),
            _ => Html.Empty,
        };
        if (digests.Count == 0)
        {
            return Html.Of($"{state}<p class=\"muted\">No digest posted yet.</p>");
        }

        return Html.Of($"{state}{digests.Select(d => Digest(d, channel))}");
    }

    private Html Digest(DigestRecord digest, ChannelState channel)
    {
        var parts = digest.Chunks.Select(chunk => Html.Of($"<li>part {chunk.Index + 1}/{digest.Chunks.Count}: {Status(chunk, channel)}</li>"));
        var paperIds = digest.Chunks.SelectMany(c => c.DeliveryIds).Select(id => id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var items = paperIds.Select(id => PaperId.TryParse(id, out var key) && papers.Find(key) is { } paper
            ? Html.Of($"<li><a href=\"{PaperLink.Href(paper.Id)}\">{ReadableTex.Readable(paper.Title)}</a> <span class=\"small\">{paper.Id}</span></li>")
            : Html.Of($"<li>{id} <span class=\"small\">(no longer stored)</span></li>"));
        return Html.Of($"""
            <article class="panel"><h3>Digest {digest.Id} · {DashboardTime.InZone(digest.CreatedAt, channel.TimeZone)}</h3>
            <ul class="delivery">{parts}</ul><details><summary>{Counts.Papers(paperIds.Count())}</summary><ul>{items}</ul></details></article>
            """);
    }


    private static Html Status(DigestChunk chunk, ChannelState channel) => chunk switch
    {
        { SentAt: { } sent, FirstAttemptAt: { } first } when sent - first >= RetryGap =>
            Html.Of($"<span class=\"warn\">retried</span>, first tried {DashboardTime.InZone(first, channel.TimeZone)}, sent {DashboardTime.InZone(sent, channel.TimeZone)} (message {chunk.MessageId})"),
        { SentAt: { } sent } => Html.Of($"<span class=\"ok\">sent</span> {DashboardTime.InZone(sent, channel.TimeZone)} (message {chunk.MessageId})"),
        _ when channel.Paused => Html.Of($"<span class=\"warn\">paused</span>: {channel.PausedReason ?? "by a command"}"),
        { FirstAttemptAt: { } first } when channel.LastError is { } error => Html.Of($"<span class=\"bad\">failed</span> since {DashboardTime.InZone(first, channel.TimeZone)}: {error}"),
        { FirstAttemptAt: { } first } => Html.Of($"<span class=\"muted\">sending</span> since {DashboardTime.InZone(first, channel.TimeZone)} (an interrupted send is resumed at the next run)"),
        _ => Html.Of($"<span class=\"muted\">waiting to be sent</span>"),
    };
}
