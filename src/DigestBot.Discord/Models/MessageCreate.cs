namespace DigestBot.Discord.Models;

/// <summary>
/// The body of Create Message. With <see cref="Nonce"/> and <see cref="EnforceNonce"/> a repeat from the same
/// author within Discord's window (a few minutes; the exact length is unconfirmed) returns the earlier message
/// instead of posting twice, so a retried chunk with a deterministic nonce cannot duplicate.
/// </summary>
public sealed record MessageCreate : MessagePayload
{
    public const int MaxNonceLength = 25;

    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    /// <summary>The same message posted with a nonce Discord enforces.</summary>
    public static MessageCreate From(MessagePayload payload, string? nonce = null) => new()
    {
        Content = payload.Content,
        Embeds = payload.Embeds,
        Components = payload.Components,
        AllowedMentions = payload.AllowedMentions,
        Flags = payload.Flags,
        Nonce = nonce,
        EnforceNonce = nonce is null ? null : true,
    };
}
