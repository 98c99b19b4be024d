using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>User objects as Discord sends them (fields as in the captured READY in tests/fixtures/discord).</summary>
internal static class FakeUsers
{
    /// <summary>The bot's own user: in READY and from <c>GET /users/@me</c>.</summary>
    public static JsonObject Bot(FakeDiscordOptions options) => new()
    {
        ["id"] = FakeMessages.Id(options.BotUserId),
        ["username"] = "DigestBot",
        ["discriminator"] = "0000",
        ["global_name"] = null,
        ["avatar"] = null,
        ["bot"] = true,
        ["verified"] = true,
        ["mfa_enabled"] = true,
        ["email"] = null,
        ["flags"] = 0,
    };

    /// <summary>The partial user an application object names as its bot, or a message as its author.</summary>
    public static JsonObject Partial(ulong id) => new() { ["id"] = FakeMessages.Id(id), ["username"] = "DigestBot", ["bot"] = true };
}
