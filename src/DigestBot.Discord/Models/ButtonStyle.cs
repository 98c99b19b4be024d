namespace DigestBot.Discord.Models;

/// <summary>Button styles: 1–4 need a <c>custom_id</c>; <see cref="Link"/> takes a URL and sends no interaction.</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
    Premium = 6,
}
