namespace DigestBot.Discord.Models;

/// <summary>Legacy message component types (components v2 forbids content and embeds, so we stay on these).</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
    TextInput = 4,
    UserSelect = 5,
    RoleSelect = 6,
    MentionableSelect = 7,
    ChannelSelect = 8,
}
