using DigestBot.Commands;
using DigestBot.DiscordBot;
using DigestBot.FakeDiscord;

namespace DigestBot.Tests.Support;

/// <summary>
/// A reply rendered for Discord and checked by the fake Discord's message validator (content, embed limits through
/// its embed validator, the 6000 total, components), as an interaction answer would be.
/// </summary>
public static class DiscordPayloads
{
    public static IReadOnlyList<DiscordMessage> RenderValid(Reply reply)
    {
        var messages = DiscordReplyRenderer.Render(reply);
        foreach (var message in messages)
        {
            var error = FakeMessageValidator.Validate(DiscordJson.Of(message), reply.Ephemeral ? FakeMessageKind.Interaction : FakeMessageKind.Create);
            Assert.True(error is null, error?.Body?.ToJsonString());
        }

        return messages;
    }

    /// <summary>What the terminal shows: (stdout, stderr).</summary>
    public static (string Output, string Error) RenderConsole(Reply reply)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        DigestBot.Local.ConsoleReplyRenderer.Render(reply, output, error);
        return (output.ToString(), error.ToString());
    }
}
