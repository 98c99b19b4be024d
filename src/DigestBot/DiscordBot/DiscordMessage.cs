using Discord;

namespace DigestBot.DiscordBot;

/// <summary>
/// One message as the bot sends it, built with Discord.Net's types: text, embeds, buttons, and whether only the
/// invoker sees it. It always goes out with <see cref="NoMentions"/>.
/// </summary>
public sealed record DiscordMessage
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    public MessageComponent? Components { get; init; }

    public bool Ephemeral { get; init; }

    /// <summary>
    /// <c>allowed_mentions: {"parse": []}</c>: nothing in the message can ping anyone. (Discord.Net's
    /// <see cref="AllowedMentions.None"/> serialises <c>parse: null</c>, which Discord reads as its default.)
    /// </summary>
    public static AllowedMentions NoMentions => new(AllowedMentionTypes.None);

    /// <summary>
    /// Applies the message to an edit (of the original response, or of the message a button is on); what the message
    /// does not have is left out of the edit, as a new message would leave it out.
    /// </summary>
    public void ApplyTo(MessageProperties edit)
    {
        edit.Content = Content ?? Optional<string>.Unspecified;
        edit.Embeds = Embeds.Count > 0 ? Embeds.ToArray() : Optional<Embed[]>.Unspecified;
        edit.Components = Components ?? Optional<MessageComponent>.Unspecified;
        edit.AllowedMentions = NoMentions;
    }
}
