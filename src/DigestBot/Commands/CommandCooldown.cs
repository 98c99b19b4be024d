namespace DigestBot.Commands;

/// <summary>
/// One command's cooldowns in seconds: how long a user must wait between two uses, and how long a channel must wait
/// between two uses by anyone. 0 turns that cooldown off.
/// </summary>
public sealed class CommandCooldown
{
    public CommandCooldown()
    {
    }

    public CommandCooldown(int userSeconds, int channelSeconds)
    {
        UserSeconds = userSeconds;
        ChannelSeconds = channelSeconds;
    }

    public int UserSeconds { get; set; }

    public int ChannelSeconds { get; set; }
}
