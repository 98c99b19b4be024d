using Discord;

namespace DigestBot.DiscordBot;

/// <summary>
/// An interaction as it reaches the pipeline: Discord.Net's object, the fields of the raw payload Discord.Net drops
/// (the invoker's permissions in the channel as Discord computed them, null outside a guild; the channel id), how its
/// first response travels, and when it arrived (the 3 s window counts from here).
/// </summary>
public sealed record IncomingInteraction(IDiscordInteraction Interaction, RawInteraction Raw, IFirstResponse First, DateTimeOffset ReceivedAt)
{
    public ulong ChannelId => Interaction.ChannelId ?? Raw.ChannelId ?? 0;
}
