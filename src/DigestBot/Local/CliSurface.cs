namespace DigestBot.Local;

/// <summary>Where a command line was typed: the shell (<c>digestbot …</c>) or the <c>digestbot&gt;</c> prompt; hints differ.</summary>
public enum CliSurface
{
    Shell,
    Prompt,
}
