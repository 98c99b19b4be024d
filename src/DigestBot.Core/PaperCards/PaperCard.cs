using System.Globalization;
using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.PaperCards;

/// <summary>
/// How a paper looks in a reply: a card with its essentials and link buttons. Its title and abstract are shown as
/// readable text (<see cref="ReadableTex"/>: <c>$\mathcal{O}(n^2)$</c> reads 𝒪(n²)); <c>--json</c> gives the paper as stored.
/// </summary>
public static class PaperCard
{
    private const int AbstractLimit = 700;
    private const int AuthorLimit = 8;

    public static Card Full(Paper paper) => new(Title(paper))
    {
        Url = ReadingLinks.Primary(paper.Links),

        // Made readable before it is cut, so no cut falls inside math.
        Description = ReplyMarkup.Escape(Trim(ReadableTex.Readable(paper.Abstract), AbstractLimit)),
        Fields = Fields(paper),
        Footer = $"{paper.Id} · first seen {Date(paper.FirstSeen)} · {string.Join(", ", paper.Sources.Select(s => s.Source).Distinct())}",
    };

    /// <summary>A one-paper line for lists: title, first authors, date.</summary>
    public static Card Compact(Paper paper) => new(Title(paper))
    {
        Url = ReadingLinks.Primary(paper.Links),
        Description = ReplyMarkup.Escape($"{paper.Id} · {Authors(paper, 3)} · {DateText(paper)}"),
    };

    /// <summary>The title as readers see it (<see cref="ReadableTex"/>), or "(untitled)".</summary>
    public static string Title(Paper paper) => paper.Title.Length > 0 ? ReadableTex.Readable(paper.Title) : "(untitled)";

    /// <summary>The paper's links as buttons, each labelled by what it is (<see cref="ReadingLinks"/>).</summary>
    public static IReadOnlyList<ReplyButton> Links(Paper paper) =>
        [.. ReadingLinks.Of(paper.Links).Select(l => new ReplyButton(l.Label) { Url = l.Url })];

    private static List<CardField> Fields(Paper paper)
    {
        var fields = new List<CardField> { new("Authors", ReplyMarkup.Escape(Authors(paper, AuthorLimit))) };
        if (paper.Categories.Count > 0)
        {
            fields.Add(new CardField("Categories", ReplyMarkup.Escape(string.Join(", ", paper.Categories)), Inline: true));
        }

        fields.Add(new CardField("Published", paper.PublishedDate is null ? NoDate : DateText(paper), Inline: true));
        if (paper.Version > 1)
        {
            // The version matters once there is more than one: which one this is, and when it appeared.
            var when = paper.Updated is { } u ? $", updated {Date(u)}" : string.Empty;
            fields.Add(new CardField("Version", $"v{paper.Version}{when}", Inline: true));
        }
        else if (paper.Updated is { } updated && updated != paper.Published)
        {
            fields.Add(new CardField("Updated", Date(updated), Inline: true));
        }

        if (paper.Dois.Count > 0)
        {
            fields.Add(new CardField("DOI", ReplyMarkup.Escape(string.Join(", ", paper.Dois))));
        }

        if (paper.Sources.Select(s => s.Match).OfType<SourceMatch>().FirstOrDefault() is { } match)
        {
            // A merge without a shared id says why, and how to take it back.
            fields.Add(new CardField(
                "Merged",
                ReplyMarkup.Escape($"by title, author ({string.Join(", ", match.Surnames)}) and year ({string.Join(", ", match.Years)}); undo: merge {paper.Id} --undo")));
        }

        AddIfPresent(fields, "Journal", paper.JournalRef);
        AddIfPresent(fields, "Comment", paper.Comment);
        return fields;
    }

    private static void AddIfPresent(List<CardField> fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add(new CardField(name, ReplyMarkup.Escape(value)));
        }
    }

    /// <summary>What a card says when no source gave a date: never the day it was stored.</summary>
    public const string NoDate = "no date";

    /// <summary>The publication date as precise as known ("2021", "2021-03", "2021-03-25"), or "no date".</summary>
    public static string DateText(Paper paper) => paper.PublishedDate?.Display ?? NoDate;

    private static string Authors(Paper paper, int limit) =>
        paper.Authors.Count == 0 ? "(no authors listed)"
        : paper.Authors.Count <= limit ? string.Join(", ", paper.Authors.Select(a => a.Name))
        : string.Join(", ", paper.Authors.Take(limit).Select(a => a.Name)) + $" +{paper.Authors.Count - limit} more";

    private static string Date(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Trim(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', limit - 1);
        return text[..(cut > limit / 2 ? cut : limit - 1)] + "…";
    }
}
