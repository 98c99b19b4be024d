using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Sources;

/// <summary>
/// Turns a response body into text the parsers can trust. Bodies are decoded from their bytes (UTF-8 unless an
/// XML declaration names another encoding) because an HTTP layer guessing Latin-1 turns "Ramírez" into
/// "RamÃ­rez"; bytes that are not valid UTF-8 become U+FFFD, which <see cref="ItemChecks"/> then rejects per item.
/// </summary>
internal static partial class BodyText
{
    /// <summary>Bigger than any page a source serves (an arXiv page of 2,000 entries is about 5 MB).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>All of <paramref name="stream"/>, or null with <paramref name="error"/> when it is too big or unreadable.</summary>
    public static byte[]? ReadAll(Stream stream, out string? error)
    {
        error = null;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    error = $"document is larger than {MaxBytes / (1024 * 1024)} MiB";
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (ParserGuard.IsRecoverable(e))
        {
            error = $"could not read the document ({ExceptionText.OneLine(e)})";
            return null;
        }
    }

    /// <summary>UTF-8 with invalid bytes replaced, a BOM dropped; for XML, the declared encoding when it is not UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, bool isXml)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return utf16.GetString(bytes[2..]);
        }

        if (isXml && DeclaredEncoding(bytes) is { } declared)
        {
            return declared.GetString(bytes);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Why the text is not the document we expected (empty, an HTML page), or null when it may be.</summary>
    public static string? Problem(string text, string expected)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            return "the document is empty";
        }

        if (HtmlStart().IsMatch(text))
        {
            var title = HtmlTitle().Match(text) is { Success: true } m ? HtmlText.ToPlain(m.Groups[1].Value) : string.Empty;
            return title.Length > 0
                ? $"got an HTML page instead of {expected}: \"{SourceText.Shorten(title, 120)}\""
                : $"got an HTML page instead of {expected}";
        }

        return null;
    }

    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 200)]);
        var m = XmlDeclarationEncoding().Match(head);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups[1].Value.ToLowerInvariant();
        // We could read the declaration as ASCII, so a declared UTF-16/32 is a lie: real ones start with a BOM.
        if (name is "utf-8" or "utf8" or "us-ascii" or "ascii" || name.StartsWith("utf-16", StringComparison.Ordinal)
            || name.StartsWith("utf-32", StringComparison.Ordinal) || name == "unicode")
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // An encoding .NET does not ship (windows-1252 needs a provider we do not load): UTF-8 is the best guess.
            return null;
        }
    }

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlTitle();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\bencoding\s*=\s*[""']([A-Za-z0-9._-]+)[""']")]
    private static partial Regex XmlDeclarationEncoding();
}
