namespace DigestBot.Commands;

/// <summary>
/// One command's cooldowns: how long a user must wait between two uses (<see cref="PerUser"/>), and how long a channel
/// must wait between two uses by anyone (<see cref="PerChannel"/>). Zero turns that cooldown off. (They were
/// <c>UserSeconds</c> and <c>ChannelSeconds</c>, whole seconds; those keys still work.)
/// </summary>
public sealed class CommandCooldown
{
    public CommandCooldown()
    {
    }

    public CommandCooldown(TimeSpan perUser, TimeSpan perChannel)
    {
        PerUser = perUser;
        PerChannel = perChannel;
    }

    public TimeSpan PerUser { get; set; }

    public TimeSpan PerChannel { get; set; }
}
