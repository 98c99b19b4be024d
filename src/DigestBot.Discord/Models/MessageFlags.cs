namespace DigestBot.Discord.Models;

/// <summary>The message flags a bot may set. <see cref="Ephemeral"/> only works on interaction responses and follow-ups.</summary>
[Flags]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
    SuppressNotifications = 1 << 12,
    IsComponentsV2 = 1 << 15,
}
