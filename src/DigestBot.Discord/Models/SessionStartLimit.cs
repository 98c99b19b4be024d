namespace DigestBot.Discord.Models;

/// <summary>Identify budget: <see cref="Total"/> per 24 h, <see cref="ResetAfter"/> in milliseconds.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
