using System.Text.Json;
using Discord.Net.WebSockets;

namespace DigestBot.DiscordBot;

/// <summary>
/// Discord.Net's gateway WebSocket with a tap: frames pass through unchanged, and an INTERACTION_CREATE's
/// raw fields are remembered on the way (<see cref="RawInteractions"/>), before Discord.Net raises the
/// interaction. The connection asks for plain JSON frames: Discord.Net requests zlib-stream compression, which Discord
/// documents as optional, and compressed frames could not be read here. Each Identify it sends waits for its slot in the
/// <see cref="IdentifyBudget"/>; once the day's budget is spent, the bot stops instead (<see cref="FatalStop"/>).
/// </summary>
internal sealed class GatewaySocket : IWebSocketClient
{
    private readonly IWebSocketClient _inner;
    private readonly RawInteractions _raw;
    private readonly IdentifyBudget _identifies;
    private readonly FatalStop _fatal;

    public GatewaySocket(IWebSocketClient inner, RawInteractions raw, IdentifyBudget identifies, FatalStop fatal)
    {
        _inner = inner;
        _raw = raw;
        _identifies = identifies;
        _fatal = fatal;
        _inner.BinaryMessage += (data, index, count) => BinaryMessage?.Invoke(data, index, count) ?? Task.CompletedTask;
        _inner.TextMessage += OnTextAsync;
        _inner.Closed += e => Closed?.Invoke(e) ?? Task.CompletedTask;
    }

    public event Func<byte[], int, int, Task>? BinaryMessage;

    public event Func<string, Task>? TextMessage;

    public event Func<Exception, Task>? Closed;

    public void SetHeader(string key, string value) => _inner.SetHeader(key, value);

    public void SetCancelToken(CancellationToken cancelToken) => _inner.SetCancelToken(cancelToken);

    public Task ConnectAsync(string host) => _inner.ConnectAsync(WithoutCompression(host));

    public Task DisconnectAsync(int closeCode = 1000) => _inner.DisconnectAsync(closeCode);

    public async Task SendAsync(byte[] data, int index, int count, bool isText)
    {
        if (isText && IsIdentify(data.AsSpan(index, count)))
        {
            if (_identifies.Reserve() is not { } wait)
            {
                _fatal.Stop(_identifies.SpentLine);
                return;
            }

            await Task.Delay(wait);
        }

        await _inner.SendAsync(data, index, count, isText);
    }

    public void Dispose() => _inner.Dispose();

    /// <summary><c>wss://…/?v=10&amp;encoding=json&amp;compress=zlib-stream</c> without its <c>compress</c> parameter.</summary>
    public static string WithoutCompression(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return url;
        }

        var kept = url[(query + 1)..].Split('&').Where(p => !p.StartsWith("compress=", StringComparison.Ordinal));
        return $"{url[..query]}?{string.Join('&', kept)}";
    }

    /// <summary>An op 2 frame (Identify); the frames Discord.Net sends are small JSON objects.</summary>
    private static bool IsIdentify(ReadOnlySpan<byte> frame)
    {
        try
        {
            var reader = new Utf8JsonReader(frame);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var op = reader.ValueTextEquals("op");
                if (!reader.Read())
                {
                    return false;
                }

                if (op)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var code) && code == 2;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON: not an Identify.
        }

        return false;
    }

    private Task OnTextAsync(string frame)
    {
        // Only interactions are read: a cheap look first, as READY and GUILD_CREATE frames can be large.
        if (frame.Contains("\"INTERACTION_CREATE\"", StringComparison.Ordinal))
        {
            try
            {
                using var document = JsonDocument.Parse(frame);
                if (document.RootElement.TryGetProperty("t", out var type) && type.ValueEquals("INTERACTION_CREATE")
                    && document.RootElement.TryGetProperty("d", out var interaction))
                {
                    _raw.Remember(interaction);
                }
            }
            catch (JsonException)
            {
                // Discord.Net reports frames it cannot read; without permissions the interaction may do nothing that needs them.
            }
        }

        return TextMessage?.Invoke(frame) ?? Task.CompletedTask;
    }
}
