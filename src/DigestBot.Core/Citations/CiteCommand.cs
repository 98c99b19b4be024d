using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.Citations;

/// <summary><c>cite ID [--format bibtex|apa]</c>: a stored paper as a BibTeX entry (in a code block) or an APA reference.</summary>
public sealed class CiteCommand(PaperStore store) : ICommandHandler
{
    /// <summary>What fits one Discord message with the code fence around it.</summary>
    internal const int DiscordLimit = 1900;

    private static readonly int[] AuthorSteps = [50, 20, 10, 5, 3, 1];

    public static CommandDefinition Definition { get; } = new(
        "cite",
        "Cite a paper as BibTeX or APA",
        [
            new CommandOption("paper", PaperArgument.IdHelp) { Required = true, Positional = true },
            new CommandOption("format", "bibtex (default) or apa"),
        ])
    {
        SupportsJson = true,
        Example = "2606.13392 --format apa",
        CheckInput = request =>
        {
            _ = Format(request);
            PaperArgument.CheckForm(request.GetRequiredString("paper"));
        },
    };

    public ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var format = Format(request);

        var paper = PaperArgument.Resolve(store, request.GetRequiredString("paper"), request.Origin);
        if (format == "apa")
        {
            var apa = Apa.Format(paper);
            return ValueTask.FromResult(new Reply { Text = ReplyMarkup.Escape(apa), Data = new ApaCitation(apa) });
        }

        var full = BibTex.Format(paper);
        var shown = request.Origin.Transport == "discord" ? Fit(paper, full) : full;
        return ValueTask.FromResult(new Reply
        {
            Code = new CodeBlock("bibtex", shown),
            Data = new BibTexCitation(BibTex.Key(paper), full),
        });
    }

    private static string Format(CommandRequest request)
    {
        var format = (request.GetString("format") ?? "bibtex").Trim().ToLowerInvariant();
        return format is "bibtex" or "apa"
            ? format
            : throw new CommandInputException($"cite: format must be bibtex or apa (got '{request.GetString("format")}')");
    }

    /// <summary>A Discord message holds 2000 characters: a longer entry lists fewer authors, then "and others".</summary>
    private static string Fit(Paper paper, string entry)
    {
        foreach (var max in AuthorSteps)
        {
            if (entry.Length <= DiscordLimit || paper.Authors.Count <= max)
            {
                continue;
            }

            entry = BibTex.Format(paper, max);
        }

        return entry;
    }
}
