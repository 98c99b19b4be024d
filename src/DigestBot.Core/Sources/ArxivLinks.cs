using DigestBot.Papers;

namespace DigestBot.Sources;

/// <summary>The canonical reading links of an arXiv paper, for sources that name the id but give no links.</summary>
internal static class ArxivLinks
{
    public static PaperLinks For(PaperId id) => id.Kind == PaperIdKind.Arxiv
        ? new PaperLinks { Abs = "https://arxiv.org/abs/" + id.Value, Pdf = "https://arxiv.org/pdf/" + id.Value }
        : PaperLinks.None;
}
