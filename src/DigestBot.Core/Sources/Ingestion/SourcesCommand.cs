using System.Globalization;
using DigestBot.Commands;
using DigestBot.Digests;

namespace DigestBot.Sources;

/// <summary>
/// <c>sources</c>: each configured source, what it polls (categories, feed address, query), its schedule (in the words
/// <c>schedule set</c> takes when it is one of those forms) and its next poll, and how its last polls went.
/// </summary>
public sealed class SourcesCommand(SourceStatusReader reader) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("sources", "Configured paper sources and how their polls went")
    {
        SupportsJson = true,
        Example = "--json",
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var sources = reader.Read();
        var cards = sources.Select(s => new Card($"{s.Name} ({s.Type})")
        {
            Fields =
            [
                new CardField("Polls", ReplyMarkup.Escape(s.Polls)),
                new CardField("Schedule", ReplyMarkup.Escape(s.Polled ? $"{DigestSchedule.PollInWords(s.Schedule)} ({s.TimeZone})" : $"not polled: {s.NotPolledBecause}")),
                .. s.NextPoll is { } next ? [new CardField("Next poll", When(next))] : Array.Empty<CardField>(),
                new CardField("Last success", When(s.LastSuccess) + (s.LastPollNew is { } count ? string.Create(CultureInfo.InvariantCulture, $", {count:N0} new") : string.Empty), Inline: true),
                new CardField("Last attempt", When(s.LastAttempt), Inline: true),
                new CardField("Items seen", s.ItemsSeen.ToString("N0", CultureInfo.InvariantCulture), Inline: true),
                .. s.LastError is { } error ? [new CardField("Last error", ReplyMarkup.Escape(error))] : Array.Empty<CardField>(),
            ],
        });
        return ValueTask.FromResult(new Reply
        {
            Text = sources.Count == 0 ? "No sources configured (DigestBot:Sources:List)." : null,
            Cards = [.. cards],
            Data = sources,
        });
    }

    private static string When(DateTimeOffset? t) =>
        t is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";
}
