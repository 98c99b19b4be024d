using System.Text.Json.Serialization;
using DigestBot.Discord.Models;

namespace DigestBot.Discord.Json;

/// <summary>
/// Source-generated (de)serialisation of every Discord document we send or read: snake_case names, nulls left
/// out (Discord treats an explicit null differently from an absent field on several routes), unknown fields
/// ignored so new Discord fields never break parsing.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(MessageCreate))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(IReadOnlyList<DiscordMessage>))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(StartThread))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(GatewayBot))]
[JsonSerializable(typeof(DiscordApplication))]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewayHello))]
[JsonSerializable(typeof(GatewayReady))]
[JsonSerializable(typeof(UnavailableGuild))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(RateLimitResponse))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
