using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.Citations;

/// <summary>
/// <c>cite ID [ID…] [--format bibtex|apa]</c>: stored papers as BibTeX entries (in a code block) or APA references, one
/// after another with a blank line between them. Every id must name a stored paper: otherwise one line names those that
/// do not and nothing is cited, as <c>paper</c> refuses an id it does not find. APA shows titles as readable text, in
/// <c>--json</c> too (a reference to paste, not TeX); BibTeX keeps the TeX (it is TeX).
/// </summary>
public sealed class CiteCommand(MissingPapers lookup) : ICommandHandler
{
    /// <summary>What fits one Discord message with the code fence around it.</summary>
    internal const int DiscordLimit = 1900;

    private static readonly int[] AuthorSteps = [50, 20, 10, 5, 3, 1];

    public static CommandDefinition Definition { get; } = new(
        "cite",
        "Cite papers as BibTeX or APA: one id, or several separated by spaces",
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
            foreach (var id in Ids(request))
            {
                PaperArgument.CheckForm(id);
            }
        },
    };

    public async ValueTask<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var format = Format(request);
        var papers = await ResolveAsync(request, cancellationToken);
        var discord = request.Origin.Transport == "discord";
        if (format == "apa")
        {
            // An APA reference is text to paste, not TeX: --json gives it as shown.
            var references = papers.Select(Apa.Format).ToList();
            var text = string.Join("\n\n", references);
            FitsDiscord(discord, papers.Count, text);
            return new Reply
            {
                Text = ReplyMarkup.Escape(text),
                Data = papers.Count == 1 ? new ApaCitation(references[0]) : references.Select(r => new ApaCitation(r)).ToList(),
            };
        }

        var entries = papers.Select(p => new BibTexCitation(BibTex.Key(p), BibTex.Format(p))).ToList();
        var shown = string.Join("\n\n", discord ? papers.Select((p, i) => Fit(p, entries[i].Bibtex)) : entries.Select(e => e.Bibtex));
        FitsDiscord(discord, papers.Count, shown);
        return new Reply
        {
            Code = new CodeBlock("bibtex", shown),
            Data = papers.Count == 1 ? entries[0] : entries,
        };
    }

    /// <summary>The ids given: the words of the option (a paper id or link holds no space).</summary>
    private static string[] Ids(CommandRequest request) =>
        request.GetRequiredString("paper").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } ids
            ? ids
            : throw new CommandInputException("cite: give a paper id");

    /// <summary>
    /// Every paper named, each once, in the order given, those not stored fetched (see <see cref="MissingPapers"/>); or
    /// one line naming the ids neither stored nor to be had.
    /// </summary>
    private async Task<List<Paper>> ResolveAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var references = new List<PaperReference>();
        foreach (var id in Ids(request))
        {
            references.Add(PaperReference.TryParse(id, out var reference) ? reference : throw new CommandInputException(PaperReference.InvalidMessage(id)));
        }

        var resolved = await lookup.ResolveAllAsync(references, request, cancellationToken);
        return [.. resolved.Select(r => r.Paper).DistinctBy(p => p.Id)];
    }

    /// <summary>Several entries too long for one Discord message are refused rather than cut (one entry is fit by <see cref="Fit"/>).</summary>
    private static void FitsDiscord(bool discord, int count, string text)
    {
        if (discord && count > 1 && text.Length > DiscordLimit)
        {
            throw new CommandInputException($"cite: {count} entries do not fit one Discord message; cite fewer papers at a time");
        }
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
