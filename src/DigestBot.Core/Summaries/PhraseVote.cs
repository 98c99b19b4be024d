namespace DigestBot.Summaries;

/// <summary>A paper's vote for a phrase as a theme: the phrase's key, the paper's spelling of it, and its weight.</summary>
internal sealed record PhraseVote(string Key, string Text, double Weight);
