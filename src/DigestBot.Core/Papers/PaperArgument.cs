using DigestBot.Commands;
using DigestBot.Sources;

namespace DigestBot.Papers;

/// <summary>A paper named in a command's option, for every command that looks one up (paper, cite, summary, similar, merge).</summary>
public static class PaperArgument
{
    /// <summary>What the commands that look a paper up say their id option takes.</summary>
    public const string IdHelp = "arXiv id, DOI, OpenAlex or Semantic Scholar id, or a link to the paper";

    /// <summary>
    /// The one line for an id the store does not hold, shared by every command that looks papers up; in the terminal,
    /// an arXiv paper's line also says that <c>import</c> fetches it.
    /// </summary>
    public static string NotFound(PaperId id, CommandOrigin origin) =>
        $"no paper {id.Shown} here — try {origin.Named("search")}{ImportHint(id, origin)}";

    public static string NotFound(PaperReference reference, CommandOrigin origin) =>
        $"no paper {reference.Display} here — try {origin.Named("search")}{(reference.Key is { } key ? ImportHint(key, origin) : ImportHint(reference, origin))}";

    /// <summary>An OpenAlex or Semantic Scholar id (or link) not stored: <c>import</c> asks that service's API for it.</summary>
    private static string ImportHint(PaperReference reference, CommandOrigin origin) => (reference.Source, reference.SourceId, origin.Transport) switch
    {
        (SourceNames.OpenAlex, { } id, "cli" or "prompt") => $", or import {id} to fetch it from OpenAlex",
        (SourceNames.SemanticScholar, { } id, "cli" or "prompt") => $", or import {id} to fetch it from Semantic Scholar",
        _ => string.Empty,
    };

    private static string ImportHint(PaperId id, CommandOrigin origin) => (id.Kind, origin.Transport) switch
    {
        (PaperIdKind.Arxiv, "cli" or "prompt") => $", or import {id.Key} to fetch it from arXiv",
        (PaperIdKind.Doi, "cli" or "prompt") => $", or import {id.Value} to fetch it from OpenAlex",
        _ => string.Empty,
    };

    /// <summary>Refuses what is not an id or link of a paper at all, before any store is asked (<see cref="CommandDefinition.CheckInput"/>).</summary>
    /// <exception cref="CommandInputException">Not an id or link we read.</exception>
    public static void CheckForm(string text)
    {
        if (!PaperReference.TryParse(text, out _))
        {
            throw new CommandInputException(PaperReference.InvalidMessage(text));
        }
    }

    /// <summary>The stored paper <paramref name="text"/> names, or the one-line reason it names none.</summary>
    /// <exception cref="CommandInputException">Not an id or link we read, or no stored paper has it.</exception>
    public static Paper Resolve(PaperStore store, string text, CommandOrigin origin)
    {
        if (!PaperReference.TryParse(text, out var reference))
        {
            throw new CommandInputException(PaperReference.InvalidMessage(text));
        }

        return store.Find(reference) ?? throw new CommandInputException(NotFound(reference, origin));
    }
}
