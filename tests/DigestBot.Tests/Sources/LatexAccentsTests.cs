using DigestBot.Sources;

namespace DigestBot.Tests.Sources;

public sealed class LatexAccentsTests
{
    [Theory]
    [InlineData(@"R\'{e}nyi", "Rényi")]
    [InlineData(@"Andr\`e", "Andrè")]
    [InlineData(@"h\^otel", "hôtel")]
    [InlineData(@"Schr\""odinger", "Schrödinger")]
    [InlineData(@"Espa\~na", "España")]
    [InlineData(@"\=a", "ā")]
    [InlineData(@"\.Z", "Ż")]
    [InlineData(@"\u{a}", "ă")]
    [InlineData(@"Ha\v{s}ek", "Hašek")]
    [InlineData(@"Erd\H{o}s", "Erdős")]
    [InlineData(@"Gar\c{c}on", "Garçon")]
    [InlineData(@"\k{a}", "ą")]
    [InlineData(@"\r{u}", "ů")]
    public void Each_text_accent_becomes_its_composed_letter(string latex, string unicode) =>
        Assert.Equal(unicode, LatexAccents.ToUnicode(latex));

    [Theory]
    [InlineData(@"Bj{\o}rn", "Bjørn")]
    [InlineData(@"{\O}stergaard", "Østergaard")]
    [InlineData(@"Stra{\ss}e", "Straße")]
    [InlineData(@"Stra\ss e", "Straße")]
    [InlineData(@"{\ae}ther {\AE}", "æther Æ")]
    [InlineData(@"{\oe}uvre {\OE}", "œuvre Œ")]
    [InlineData(@"{\aa} \AA{}ngstr\""om", "å Ångström")]
    [InlineData(@"\L{}ukasz Ko\l odziej", "Łukasz Kołodziej")]
    [InlineData(@"{\i}", "ı")]
    public void Special_letters_become_their_letters_and_eat_the_space_or_empty_group_that_ends_them(string latex, string unicode) =>
        Assert.Equal(unicode, LatexAccents.ToUnicode(latex));

    [Theory]
    [InlineData(@"R\'enyi", "Rényi")]
    [InlineData(@"R\'{e}nyi", "Rényi")]
    [InlineData(@"R{\'e}nyi", "Rényi")]
    [InlineData(@"R{\'{e}}nyi", "Rényi")]
    [InlineData(@"G\""{o}del", "Gödel")]
    [InlineData(@"G{\""o}del", "Gödel")]
    [InlineData(@"Ga\c cia", "Gaçia")]
    [InlineData(@"Na\""{\i}ve", "Naïve")]
    [InlineData(@"Mart\'{\i}nez", "Martínez")]
    [InlineData(@"Mart\'\i nez", "Martínez")]
    [InlineData(@"{\'E}cole", "École")]
    public void Braces_around_the_letter_or_the_whole_accent_are_optional(string latex, string unicode) =>
        Assert.Equal(unicode, LatexAccents.ToUnicode(latex));

    [Fact]
    public void Results_are_nfc()
    {
        var text = LatexAccents.ToUnicode(@"Erd\H{o}s, R\'{e}nyi, \v{Z}i\v{z}ek");

        Assert.Equal("Erdős, Rényi, Žižek", text);
        Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Attention Is All You Need")]
    [InlineData("Rényi entropies, already in Unicode")]
    [InlineData("")]
    public void Text_without_a_backslash_is_returned_as_the_same_instance(string text) =>
        Assert.Same(text, LatexAccents.ToUnicode(text));

    [Theory]
    [InlineData(@"interacting $\delta$-function bosons")]
    [InlineData(@"the map $\v{x} \mapsto \'y$ and $$\""a$$")]
    [InlineData(@"an inline \(\hat{\i}\) term")]
    [InlineData(@"a \textbf{bold} claim with \cite{x} and \emph{\LaTeX}")]
    [InlineData(@"\vec{v}, \hat{x}, \omega, \ldots, \oint, \lambda")]
    [InlineData(@"\'{} \~{} \^{} \""1 \'$")]
    [InlineData(@"costs \$5 and \\'quoted\\'")]
    [InlineData(@"ends in a backslash \")]
    public void Math_unknown_commands_and_accents_on_no_letter_are_left_as_they_are(string text) =>
        Assert.Same(text, LatexAccents.ToUnicode(text));

    [Fact]
    public void Accents_outside_math_convert_while_math_stays()
    {
        Assert.Equal(@"Rényi entropy $S_\alpha$ and $\'x$ of Gödel", LatexAccents.ToUnicode(@"R\'enyi entropy $S_\alpha$ and $\'x$ of G\""odel"));
        Assert.Equal(@"a lone $ sign and Rényi", LatexAccents.ToUnicode(@"a lone $ sign and R\'enyi"));
    }

    [Fact]
    public void Every_short_string_of_latex_punctuation_converts_without_throwing()
    {
        const string alphabet = "\\'\"{}$ic( ";
        var text = new char[5];
        for (var length = 0; length <= text.Length; length++)
        {
            var count = (int)Math.Pow(alphabet.Length, length);
            for (var n = 0; n < count; n++)
            {
                for (int k = 0, rest = n; k < length; k++, rest /= alphabet.Length)
                {
                    text[k] = alphabet[rest % alphabet.Length];
                }

                var input = new string(text, 0, length);
                var output = LatexAccents.ToUnicode(input);
                Assert.True(input.Contains('\\', StringComparison.Ordinal) || ReferenceEquals(input, output), input);
            }
        }
    }

    [Fact]
    public void Braces_that_belong_to_another_command_stay()
    {
        Assert.Equal(@"\textbf{é}t\'{}", LatexAccents.ToUnicode(@"\textbf{\'e}t\'{}"));
    }
}
