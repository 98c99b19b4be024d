using System.Text.Json;

namespace DigestBot.Control;

/// <summary>A command sent to the running bot: its name (<c>watch add</c>) and its option values as JSON.</summary>
internal sealed record ControlRequest(string Command, IReadOnlyDictionary<string, JsonElement> Options);
