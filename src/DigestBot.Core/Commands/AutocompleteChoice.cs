namespace DigestBot.Commands;

/// <summary>One suggestion while an option is typed: what the user sees (1–100 characters) and the value it fills in.</summary>
public sealed record AutocompleteChoice(string Name, object Value)
{
    /// <summary>The most choices Discord shows for one option; providers stop there.</summary>
    public const int MaxPerList = 25;

    public static AutocompleteChoice Of(string name, object value) =>
        new(name.Length <= 100 ? name : string.Concat(name.AsSpan(0, 99), "…"), value);
}
