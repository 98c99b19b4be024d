using System.Security.Cryptography;
using System.Text;
using DigestBot.Papers;

namespace DigestBot.Semantic;

/// <summary>What of a paper is embedded (its title, then its abstract, cut to the model's token budget), and a hash of it.</summary>
public static class PaperText
{
    public static string For(Paper paper) =>
        paper.Abstract.Length == 0 ? paper.Title : paper.Title.Length == 0 ? paper.Abstract : $"{paper.Title}. {paper.Abstract}";

    /// <summary>A stable 64-bit hash of the text: a paper whose text is unchanged is never embedded again.</summary>
    public static long Hash(string text) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);

    /// <summary>The date windows go by (the published date, else when it was first seen), in Unix seconds.</summary>
    public static long Published(Paper paper) => (paper.Published ?? paper.FirstSeen).ToUnixTimeSeconds();
}
