namespace DigestBot.FakeDiscord;

/// <summary>One field error of a 50035 Invalid Form Body, at a dotted path such as <c>embeds.0.title</c>.</summary>
public sealed record FakeValidationError(string Path, string Code, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
