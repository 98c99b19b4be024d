using System.Text;
using System.Text.Unicode;
using CsCheck;

namespace DigestBot.Tests.PropertyBased;

/// <summary>The generators the property tests share: mutations of recorded documents and structured noise.</summary>
internal static class Generators
{
    /// <summary>One to four mutations; expensive ones (huge strings, deep nesting) are drawn less often.</summary>
    public static readonly Gen<Mutation[]> Mutations =
        Gen.Select(
            Gen.Frequency(
                (6, Gen.Const(MutationKind.FlipBit)),
                (3, Gen.Const(MutationKind.Truncate)),
                (3, Gen.Const(MutationKind.DuplicateElements)),
                (1, Gen.Const(MutationKind.DeepNesting)),
                (1, Gen.Const(MutationKind.HugeString)),
                (3, Gen.Const(MutationKind.SpliceNoise))),
            Gen.Int,
            Gen.Int,
            (kind, position, amount) => new Mutation(kind, position, amount))
        .Array[1, 4];

    /// <summary>The pieces markup and JSON documents are made of, so random text gets past the first byte.</summary>
    private static readonly string[] Pieces =
    [
        "<", ">", "</", "/>", "<?xml version=\"1.0\"?>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "</entry>",
        "<title>", "</title>", "<id>", "</id>", "<rss>", "<item>", "</item>", "<![CDATA[", "]]>", "&amp;", "&#x0;", "&lt;",
        "<!DOCTYPE x [<!ENTITY e \"x\">]>", "&e;", "{", "}", "[", "]", ":", ",", "\"", "\"title\"", "\"id\"", "\"paper\"",
        "\"results\"", "\"data\"", "\"authors\"", "null", "true", "-1e999", "1.5", "\\u0000", "\\ud800", "2412.13795",
        "2024-13-45T25:61:61Z", "Mon, 32 Foo 2024", " ", "\n", "\t", "x", "é", "\u0000", "\uFFFD", "\uD800",
    ];

    /// <summary>Text made of markup and JSON pieces, up to a few hundred of them.</summary>
    public static readonly Gen<string> StructuredText =
        Gen.Int[0, Pieces.Length - 1].Array[0, 300].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    public static readonly Gen<byte[]> Bytes = Gen.Byte.Array[0, 2_000];

    /// <summary>Text when the bytes are UTF-8, else hex, so the report can be pasted into a regression test.</summary>
    public static string ShowBytes(byte[] bytes) => Utf8.IsValid(bytes)
        ? Show(Encoding.UTF8.GetString(bytes))
        : "hex " + (bytes.Length > 2_000 ? Convert.ToHexString(bytes, 0, 2_000) + $"… ({bytes.Length} bytes)" : Convert.ToHexString(bytes));

    /// <summary>Escaped so that control characters and the like survive a test report; long inputs are cut.</summary>
    public static string Show(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 4_000 ? text[..4_000] : text)
        {
            shown.Append(c is < ' ' or '\\' or '"' || char.IsSurrogate(c) || c > '~' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return text.Length > 4_000 ? $"{shown}… ({text.Length} chars)" : shown.ToString();
    }
}
