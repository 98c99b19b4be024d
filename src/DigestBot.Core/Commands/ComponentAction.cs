using System.Text;

namespace DigestBot.Commands;

/// <summary>
/// A button's custom id naming the command it runs, query-style: <c>paper?id=2401.00001</c> or
/// <c>watch remove?id=3</c>. Clicking it runs that command through the same pipeline as typing it would, with the
/// same permission check. Ids are 1–100 characters, so long option values do not fit.
/// </summary>
public static class ComponentAction
{
    public const int MaxLength = 100;

    /// <summary>The custom id, or null when it would exceed <see cref="MaxLength"/>.</summary>
    public static string? Format(string command, IReadOnlyDictionary<string, string> options)
    {
        var text = new StringBuilder(command);
        var separator = '?';
        foreach (var (name, value) in options.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            text.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return text.Length is > 0 and <= MaxLength ? text.ToString() : null;
    }

    public static bool TryParse(string? customId, out string command, out IReadOnlyDictionary<string, string> options)
    {
        command = string.Empty;
        options = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(customId) || customId.Length > MaxLength)
        {
            return false;
        }

        var query = customId.IndexOf('?', StringComparison.Ordinal);
        command = (query < 0 ? customId : customId[..query]).Trim();
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query < 0 ? [] : customId[(query + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            parsed[Uri.UnescapeDataString(pair[..equals])] = Uri.UnescapeDataString(pair[(equals + 1)..]);
        }

        options = parsed;
        return command.Length > 0;
    }
}
