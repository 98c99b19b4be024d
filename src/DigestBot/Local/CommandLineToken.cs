namespace DigestBot.Local;

/// <summary>
/// One word of a command line: its value (what a POSIX shell would pass on, quotes removed) and the text typed for it.
/// A query is taken as typed (<see cref="QueryText"/>), so a phrase keeps its double quotes at the prompt.
/// </summary>
/// <param name="Value">The word with its quoting resolved: <c>"layer normalization"</c> gives <c>layer normalization</c>.</param>
/// <param name="Raw">Exactly what was typed for the word, quotes included.</param>
/// <param name="WhollySingleQuoted">The word is one single-quoted string (<c>'"a b" AND c'</c>): its value is the text meant.</param>
public sealed record CommandLineToken(string Value, string Raw, bool WhollySingleQuoted)
{
    /// <summary>
    /// The word as query text: as typed, except that a wholly single-quoted word gives its inner text, as a shell
    /// would; so <c>search '"layer normalization" AND cat:cs.LG'</c> means the same at the prompt and in a shell.
    /// </summary>
    public string QueryText => WhollySingleQuoted ? Value : Raw;

    /// <summary>A command-line argument from the shell: its quoting is already resolved, so it is taken as it is.</summary>
    public static CommandLineToken FromArgument(string argument) => new(argument, argument, WhollySingleQuoted: false);
}
