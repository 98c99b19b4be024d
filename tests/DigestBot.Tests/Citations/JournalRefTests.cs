using DigestBot.Citations;

namespace DigestBot.Tests.Citations;

/// <summary>Journal references as arXiv authors and publishers write them (each form below is one found in the recordings or named in the issue).</summary>
public sealed class JournalRefTests
{
    [Theory]
    [InlineData("Phys. Rev. B 74, 024520 (2006)", "Phys. Rev. B", "74", null, "024520", 2006)]
    [InlineData("Annals of Physics 324, 523 (2009).", "Annals of Physics", "324", null, "523", 2009)]
    [InlineData("Int. J. Mod. Phys. B, 26, 1244002 (2012)", "Int. J. Mod. Phys. B", "26", null, "1244002", 2012)]
    [InlineData("Physical Review B 82, 060515(R) (2010)", "Physical Review B", "82", null, "060515(R)", 2010)]
    [InlineData("ActaAstron.56:1-50,2006", "Acta Astron.", "56", null, "1-50", 2006)]
    [InlineData("Astrophys.J.647:L1-L4,2006", "Astrophys. J.", "647", null, "L1-L4", 2006)]
    [InlineData("Phys. Lett. B 716 (2012) 1-29", "Phys. Lett. B", "716", null, "1-29", 2012)]
    [InlineData("International Journal of Software Engineering & Applications (IJSEA), Vol.3, No.1, January 2012", "International Journal of Software Engineering & Applications (IJSEA)", "3", "1", null, 2012)]
    [InlineData("PeerJ 6, e4375 (2018)", "PeerJ", "6", null, "e4375", 2018)]
    public void A_common_form_splits_into_its_parts(string text, string journal, string volume, string? number, string? pages, int year)
    {
        Assert.Equal(new JournalRef(journal, volume, number, pages, year), JournalRef.Parse(text));
    }

    [Theory]
    [InlineData("2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW)")]
    [InlineData("In Proc. ACM SIGSOFT International Symposium on Software Testing and Analysis (ISSTA 2020), pages 14-26. ACM, 2020")]
    [InlineData("InProceedings of the 31st ACM SIGSOFT International Symposium on Software Testing and Analysis 2022 Jul 18 (pp. 289-301)")]
    [InlineData("Proc. 2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW), pp. 66-69")]
    [InlineData("Submitted to Phys. Rev. Lett.")]
    [InlineData("")]
    public void Anything_else_is_not_guessed_at(string text)
    {
        Assert.Null(JournalRef.Parse(text));
    }
}
