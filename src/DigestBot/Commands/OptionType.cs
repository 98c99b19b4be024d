namespace DigestBot.Commands;

/// <summary>The value types a command option can take, on every transport.</summary>
public enum OptionType
{
    String,
    Integer,
    Boolean,
}
