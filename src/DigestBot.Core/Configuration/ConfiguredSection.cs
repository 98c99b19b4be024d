namespace DigestBot.Configuration;

/// <summary>An options type and the configuration section it is bound from, so the whole configuration can be checked at once.</summary>
public sealed record ConfiguredSection(string Section, Type OptionsType);
