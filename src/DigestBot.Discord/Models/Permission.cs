using System.Globalization;

namespace DigestBot.Discord.Models;

/// <summary>Permission bits the bot cares about; Discord sends permissions as decimal strings.</summary>
public static class Permission
{
    /// <summary>Implies every other permission, whatever the channel's overwrites say.</summary>
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageChannels = 1UL << 4;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong CreatePublicThreads = 1UL << 35;
    public const ulong SendMessagesInThreads = 1UL << 38;

    /// <summary>The decimal string form used by <c>default_member_permissions</c>.</summary>
    public static string Format(ulong bits) => bits.ToString(CultureInfo.InvariantCulture);

    /// <summary>False for a missing or unreadable bitfield: no permission is assumed.</summary>
    public static bool Has(string? bitfield, ulong permission) =>
        ulong.TryParse(bitfield, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) && (bits & permission) == permission;
}
