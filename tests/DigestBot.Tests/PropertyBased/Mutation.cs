using System.Text;

namespace DigestBot.Tests.PropertyBased;

/// <summary>
/// One change to a recorded document: a bit flipped, the end cut off, a run of elements repeated, deep nesting or a
/// huge string inserted, random bytes spliced in. <see cref="Position"/> and <see cref="Amount"/> are raw draws that
/// <see cref="Apply"/> folds into the document's size, so any draw is a valid mutation of any document.
/// </summary>
internal sealed record Mutation(MutationKind Kind, int Position, int Amount)
{
    public byte[] Apply(byte[] doc)
    {
        if (doc.Length == 0)
        {
            return doc;
        }

        var at = Math.Abs(Position % doc.Length);
        switch (Kind)
        {
            case MutationKind.FlipBit:
                var flipped = (byte[])doc.Clone();
                flipped[at] ^= (byte)(1 << (Amount & 7));
                return flipped;
            case MutationKind.Truncate:
                return doc[..at];
            case MutationKind.DuplicateElements:
                return DuplicateRun(doc, at);
            case MutationKind.DeepNesting:
                return Insert(doc, Boundary(doc, at), Nesting(IsXml(doc), 1 + Math.Abs(Amount % 100_000)));
            case MutationKind.HugeString:
                return Insert(doc, Boundary(doc, at), Encoding.UTF8.GetBytes(Huge(Amount)));
            default:
                var noise = new byte[1 + Math.Abs(Amount % 64)];
                new Random(Amount).NextBytes(noise);
                return Insert(doc, at, noise);
        }
    }

    public override string ToString() => $"{Kind}@{Position}:{Amount}";

    private static bool IsXml(byte[] doc) => doc.AsSpan().TrimStart(" \t\r\n\uFEFF"u8).StartsWith("<"u8);

    /// <summary>The element start at or after <paramref name="at"/> ('<' in XML, '{' in JSON), so insertions land between elements.</summary>
    private static int Boundary(byte[] doc, int at)
    {
        var open = IsXml(doc) ? (byte)'<' : (byte)'{';
        var next = doc.AsSpan(at).IndexOf(open);
        return next < 0 ? at : at + next;
    }

    /// <summary>Repeats the span from the element start at <paramref name="at"/> to the next start of the same kind.</summary>
    private static byte[] DuplicateRun(byte[] doc, int at)
    {
        var start = Boundary(doc, at);
        if (start >= doc.Length - 1)
        {
            return doc;
        }

        var end = Boundary(doc, start + 1);
        return end <= start ? doc : Insert(doc, end, doc[start..end]);
    }

    private static byte[] Nesting(bool xml, int depth)
    {
        var text = xml
            ? new StringBuilder().Insert(0, "<n>", depth).Insert(depth * 3, "</n>", depth)
            : new StringBuilder().Insert(0, "{\"n\":[", depth).Append(']', depth).Append('}', depth).Insert(0, "{\"x\":1,").Append('}');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Huge(int amount)
    {
        string[] pieces = ["x", "a b ", "&amp;", "é", "\\u00e9", "<![CDATA[", "\u2028", "ab\r\n"];
        var piece = pieces[Math.Abs(amount % pieces.Length)];
        return new StringBuilder().Insert(0, piece, 1 + Math.Abs(amount / pieces.Length % 400_000)).ToString();
    }

    private static byte[] Insert(byte[] doc, int at, byte[] inserted) => [.. doc.AsSpan(0, at), .. inserted, .. doc.AsSpan(at)];
}
