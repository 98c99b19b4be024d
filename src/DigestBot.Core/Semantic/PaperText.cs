using System.Security.Cryptography;
using System.Text;
using DigestBot.Papers;
using DigestBot.Search;

namespace DigestBot.Semantic;

/// <summary>What of a paper is embedded (its title, then its abstract, cut to the model's token budget), a hash of it, and its dates.</summary>
public static class PaperText
{
    public static string For(Paper paper) =>
        paper.Abstract.Length == 0 ? paper.Title : paper.Title.Length == 0 ? paper.Abstract : $"{paper.Title}. {paper.Abstract}";

    /// <summary>A stable 64-bit hash of the text: a paper whose text is unchanged is never embedded again.</summary>
    public static long Hash(string text) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);

    /// <summary>
    /// The date <c>Semantic:Since</c> goes by (which papers the background embeds), in Unix seconds: the published
    /// date, else when the paper was first stored (an undated paper just stored is as likely to be searched).
    /// </summary>
    public static long WindowDate(Paper paper) => (paper.Published ?? paper.FirstSeen).ToUnixTimeSeconds();

    /// <summary>The date <c>--since</c> windows go by, as the search index keeps it (undated: in no window).</summary>
    public static long SearchDate(Paper paper) => PaperDocument.DateValue(paper);
}
