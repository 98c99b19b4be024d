using DigestBot.Commands;
using DigestBot.Papers;

namespace DigestBot.Tests.Papers;

/// <summary>TeX in titles and abstracts as readers see it (<see cref="ReadableTex"/>).</summary>
public sealed class ReadableTexTests
{
    [Theory]
    [InlineData("Pricing at \\$5 a token", "Pricing at $5 a token")]
    [InlineData("R\\&D spending, 40\\% of it", "R&D spending, 40% of it")]
    [InlineData("snake\\_case and \\#tags in \\{braces\\}", "snake_case and #tags in {braces}")]
    [InlineData("A~B -- C --- D", "A~B -- C --- D")]
    [InlineData("From $5 to $10 per GPU hour", "From $5 to $10 per GPU hour")]
    [InlineData("A $ sign, and $ x$ is no math", "A $ sign, and $ x$ is no math")]
    [InlineData("R\\'enyi and \\emph{this} stay", "R\\'enyi and \\emph{this} stay")]
    public void Outside_math_only_the_escaped_specials_change(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("$\\alpha$-Entropy", "α-Entropy")]
    [InlineData("$\\Gamma \\Delta \\Theta \\Lambda \\Xi \\Pi \\Sigma \\Upsilon \\Phi \\Psi \\Omega$", "Γ Δ Θ Λ Ξ Π Σ Υ Φ Ψ Ω")]
    [InlineData("$\\beta\\gamma\\delta\\zeta\\eta\\theta\\iota\\kappa\\lambda\\mu\\nu\\xi\\pi\\rho\\sigma\\tau\\upsilon\\chi\\psi\\omega$", "βγδζηθικλμνξπρστυχψω")]
    [InlineData("$\\epsilon, \\varepsilon, \\phi, \\varphi, \\vartheta, \\varrho, \\varsigma, \\varpi$", "ϵ, ε, ϕ, φ, ϑ, ϱ, ς, ϖ")]
    public void Greek_letters_are_the_letters_TeX_prints(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("$n \\times n$", "n × n")]
    [InlineData("$a \\cdot b \\pm c$", "a · b ± c")]
    [InlineData("$x \\le y \\leq z \\ge w \\geq v$", "x ≤ y ≤ z ≥ w ≥ v")]
    [InlineData("$a \\ne b \\neq c \\approx d \\sim e \\equiv f \\propto g$", "a ≠ b ≠ c ≈ d ∼ e ≡ f ∝ g")]
    [InlineData("$x \\in A \\notin B \\subset C \\subseteq D \\cup E \\cap F$", "x ∈ A ∉ B ⊂ C ⊆ D ∪ E ∩ F")]
    [InlineData("$a \\to b \\rightarrow c \\leftarrow d \\Rightarrow e \\mapsto f$", "a → b → c ← d ⇒ e ↦ f")]
    [InlineData("$\\infty \\partial \\nabla \\sum \\prod \\int \\forall \\exists \\ell$", "∞ ∂ ∇ ∑ ∏ ∫ ∀ ∃ ℓ")]
    [InlineData("$1, \\ldots, n; 1, \\dots, n; 1 + \\cdots + n$", "1, …, n; 1, …, n; 1 + … + n")]
    [InlineData("$\\|x\\| = \\Vert y \\Vert$", "‖x‖ = ‖ y ‖")]
    [InlineData("$\\langle q, k \\rangle$", "⟨ q, k ⟩")]
    [InlineData("$f \\circ g \\star h \\ast i$", "f ∘ g ⋆ h ∗ i")]
    [InlineData("$\\neg a \\wedge b \\vee c$", "¬ a ∧ b ∨ c")]
    [InlineData("$h: Z \\rightarrow X \\times Y$", "h: Z → X × Y")]
    public void Operators_relations_and_symbols_become_their_characters(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("$\\mathbb{R}^n$", "ℝⁿ")]
    [InlineData("$\\mathbb{N}, \\mathbb{Z}, \\mathbb{Q}, \\mathbb{C}, \\mathbb{E}, \\mathbb{1}$", "ℕ, ℤ, ℚ, ℂ, 𝔼, 𝟙")]
    [InlineData("$\\mathcal{O}(n^2)$", "𝒪(n²)")]
    [InlineData("$\\mathcal{L}, \\mathcal{D}, \\mathcal{H}$", "ℒ, 𝒟, ℋ")]
    [InlineData("$\\mathfrak{g}$", "𝔤")]
    [InlineData("$\\mathbb{\\alpha}$", "\\mathbb{\\alpha}")]
    [InlineData("$\\mathcal{x}$", "\\mathcal{x}")]
    public void Math_alphabets_give_their_letters_where_Unicode_has_them_and_stay_as_written_where_not(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("$\\mathrm{d}x$", "dx")]
    [InlineData("$\\mathbf{x} + \\mathit{y} + \\mathsf{z} + \\mathtt{w}$", "x + y + z + w")]
    [InlineData("$x \\text{ if } y$", "x if y")]
    [InlineData("$\\textrm{GPU}$", "GPU")]
    [InlineData("$\\boldsymbol{\\theta}$", "θ")]
    [InlineData("$\\operatorname{softmax}(x)$", "softmax(x)")]
    [InlineData("$\\hat{y}$ and $\\bar{x}$ and $\\tilde{\\theta}$", "ŷ and x̄ and θ̃")]
    [InlineData("$\\hat{xy}$", "\\hat{xy}")]
    public void Font_and_text_commands_give_their_content(string tex, string readable) =>
        Assert.Equal(readable.Normalize(), ReadableTex.Readable(tex).Normalize());

    [Theory]
    [InlineData("$O(n \\log n)$", "O(n log n)")]
    [InlineData("$O(n\\log n)$", "O(n log n)")]
    [InlineData("$\\log(n)$", "log(n)")]
    [InlineData("$\\exp(x)$, $\\sin x$, $\\max_i$, $\\min$, $\\arg\\max$, $\\lim$, $\\det A$, $\\Pr[x]$", "exp(x), sin x, maxᵢ, min, arg max, lim, det A, Pr[x]")]
    [InlineData("$2\\log{n}$", "2 log n")]
    public void Operator_names_are_words_spaced_from_the_letters_beside_them(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("$\\frac{1}{2}$", "1/2")]
    [InlineData("$\\frac12$", "1/2")]
    [InlineData("$\\frac{n+1}{2}$", "(n+1)/2")]
    [InlineData("$\\frac{a}{b+c}$", "a/(b+c)")]
    [InlineData("$\\frac{dx}{dt}$", "dx/dt")]
    [InlineData("$\\frac{\\alpha}{\\beta}$", "α/β")]
    [InlineData("$\\frac{(a+b)}{2}$", "(a+b)/2")]
    [InlineData("$\\sqrt{x}$", "√x")]
    [InlineData("$\\sqrt{x+1}$", "√(x+1)")]
    [InlineData("$\\sqrt{d_k}$", "√dₖ")]
    [InlineData("$\\sqrt[3]{x}$", "∛x")]
    [InlineData("$\\sqrt[n]{x}$", "ⁿ√x")]
    [InlineData("$\\sqrt[k+1]{x}$", "ᵏ⁺¹√x")]
    [InlineData("$\\sqrt[q]{x}$", "\\sqrt[q]{x}")]
    [InlineData("$1/\\sqrt{n}$", "1/√n")]
    public void Fractions_and_roots_read_inline_with_parentheses_around_a_side_of_more_than_one_term(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("$\\left( x \\right)$", "( x )")]
    [InlineData("$\\left\\{ x \\right.$", "{ x")]
    [InlineData("$\\big( x \\Big) \\bigg[ \\Bigg]$", "( x ) [ ]")]
    [InlineData("$10\\,\\mathrm{ms}$", "10 ms")]
    [InlineData("$a\\;b\\:c\\quad d\\!e$", "a b c de")]
    [InlineData("${a}{b}$", "ab")]
    [InlineData("$a \n  b$", "a b")]
    public void Sizing_goes_spacing_commands_are_spaces_and_grouping_braces_vanish(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("$n^2$", "n²")]
    [InlineData("$10^{12}$", "10¹²")]
    [InlineData("$x^{-1}$", "x⁻¹")]
    [InlineData("$2^{n + 1}$", "2ⁿ⁺¹")]
    [InlineData("$s_{t+1}$", "sₜ₊₁")]
    [InlineData("$x_i^2$", "xᵢ²")]
    [InlineData("$W_{out}$", "Wₒᵤₜ")]
    [InlineData("$A^T$", "Aᵀ")]
    [InlineData("$A^\\top$", "Aᵀ")]
    [InlineData("$90^\\circ$ and $45^{\\circ}$", "90° and 45°")]
    [InlineData("$f^\\prime$", "f′")]
    [InlineData("$x^{(i)}$", "x⁽ⁱ⁾")]
    [InlineData("$\\mathbb{R}^{d}$", "ℝᵈ")]
    public void A_script_whose_every_character_has_a_unicode_form_is_written_in_it(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("$F_{\\theta}$", "F_θ")]
    [InlineData("$F_\\theta$", "F_θ")]
    [InlineData("$x^*$", "x^*")]
    [InlineData("$a_{T-1}$", "a_(T-1)")]
    [InlineData("$x_{i,j}$", "x_(i,j)")]
    [InlineData("$\\mathcal{L}_{CE}$", "ℒ_(CE)")]
    [InlineData("$\\mathcal{L}_{\\mathrm{CE}}$", "ℒ_(CE)")]
    [InlineData("$e^{i\\pi}$", "e^(iπ)")]
    [InlineData("$x^{1.5}$", "x^1.5")]
    [InlineData("$\\mathbb{R}^{w\\times h \\times c}$", "ℝ^(w× h × c)")]
    [InlineData("$q^2$ but $x^q$", "q² but x^q")]
    public void A_script_without_a_unicode_form_keeps_its_mark_and_parentheses_unless_it_is_one_character(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("$\\foo$", "\\foo")]
    [InlineData("$\\foo x + \\alpha$", "\\foo x + α")]
    [InlineData("$\\binom{n}{k}$", "\\binom{n}{k}")]
    [InlineData("$\\binom{\\alpha}{2}$", "\\binom{α}{2}")]
    [InlineData("$\\mathcal{O}(n \\polylog n)$", "𝒪(n \\polylog n)")]
    [InlineData("$a \\\\ b$", "a \\\\ b")]
    public void An_unknown_command_stays_as_written_with_its_braced_arguments(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("Learning $k$-means with $O(n \\log n)$ queries", "Learning k-means with O(n log n) queries")]
    [InlineData("Display $$x^2$$ math", "Display x² math")]
    [InlineData("Parenthesised \\(\\alpha + \\beta\\) math", "Parenthesised α + β math")]
    [InlineData("Bracketed \\[x^2\\] math", "Bracketed x² math")]
    [InlineData("$\\$5$", "$5")]
    public void Every_kind_of_inline_math_loses_its_delimiters(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("Unclosed $x^2 stays")]
    [InlineData("Braces $a}$ that do not balance")]
    [InlineData("A caret $x^$ with nothing after it")]
    [InlineData("A fraction $\\frac{1}$ with one argument")]
    [InlineData("Unclosed \\( x^2 math")]
    [InlineData("Unbalanced \\( {x^2 \\) math")]
    [InlineData("$$x^$$ display that cannot be read")]
    [InlineData("Trailing backslash \\")]
    [InlineData("Plain text with no TeX at all")]
    public void Math_that_cannot_be_read_stays_exactly_as_written(string tex) =>
        Assert.Equal(tex, ReadableTex.Readable(tex));

    [Fact]
    public void Text_without_dollars_or_backslashes_is_the_same_instance()
    {
        var title = "Attention Is All You Need";

        Assert.Same(title, ReadableTex.Readable(title));
    }

    [Fact]
    public void Nesting_deeper_than_it_reads_stays_as_written_without_overflowing_the_stack()
    {
        var braces = "$" + new string('{', 5000) + "x" + new string('}', 5000) + "$";
        var roots = "$" + string.Concat(Enumerable.Repeat("\\sqrt", 5000)) + " x$";

        Assert.Equal(braces, ReadableTex.Readable(braces));
        Assert.Equal(roots, ReadableTex.Readable(roots));
        Assert.Equal("√(√x)", ReadableTex.Readable("$\\sqrt\\sqrt x$"));
    }

    [Theory]
    [InlineData("Directly optimizing states through a deep learning-based $F_{\\theta}$ is brittle",
        "Directly optimizing states through a deep learning-based F_θ is brittle")]
    [InlineData("Suppose we treat the dynamics constraint $s_{t+1} = F_{\\theta}(s_t, a_t)$ as a soft constraint",
        "Suppose we treat the dynamics constraint sₜ₊₁ = F_θ(sₜ, aₜ) as a soft constraint")]
    [InlineData("classification models $f_\\theta : \\mathbb{R}^{w\\times h \\times c} \\to \\mathbb{R}^K$",
        "classification models f_θ : ℝ^(w× h × c) → ℝᴷ")]
    [InlineData("We can explore the linear algebraic structure of all matrices in $SO(n)$",
        "We can explore the linear algebraic structure of all matrices in SO(n)")]
    [InlineData("rotations of $90^\\circ$ and $91^\\circ$", "rotations of 90° and 91°")]
    [InlineData("a segment of $\\mathbb{R} = \\mathbb{R}^1$", "a segment of ℝ = ℝ¹")]
    [InlineData("Lieb-Liniger model of\n$\\delta$-function interacting bosons", "Lieb-Liniger model of\nδ-function interacting bosons")]
    public void Real_abstracts_read_as_text(string tex, string readable) =>
        Assert.Equal(readable, ReadableTex.Readable(tex));

    [Theory]
    [InlineData("a deep learning-based $F_{\\\\**theta**}$ is brittle", "a deep learning-based F_**θ** is brittle")]
    [InlineData("the **dynamics** of $F_{\\theta}$", "the **dynamics** of F_θ")]
    [InlineData("**$k$**-means", "**k**-means")]
    [InlineData("$O(n \\\\**log** n)$ time", "O(n **log** n) time")]
    public void Bold_in_markup_stays_on_what_its_words_became(string markup, string readable)
    {
        var result = ReadableTex.ReadableMarkup(markup);

        Assert.Equal(readable, result);
        Assert.Equal(ReadableTex.Readable(ReplyMarkup.PlainText(markup)), ReplyMarkup.PlainText(result));
    }

    [Fact]
    public void Bold_on_a_command_that_becomes_nothing_is_dropped_without_a_dangling_mark()
    {
        var markup = "$\\\\**left**( x \\right)$ and **more**";

        var result = ReadableTex.ReadableMarkup(markup);

        Assert.Equal("( x ) and **more**", result);
        Assert.Equal(["more"], ReplyMarkup.Parse(result).Where(s => s.Kind == MarkupKind.Bold).Select(s => s.Text));
    }

    [Fact]
    public void Markup_whose_text_needs_no_change_is_returned_as_it_is()
    {
        const string Markup = "Are tool-calling LLM **agents** equally safe? \\*not bold\\*";

        Assert.Same(Markup, ReadableTex.ReadableMarkup(Markup));
    }

    [Fact]
    public void Links_and_code_in_markup_are_kept_and_math_around_them_converted()
    {
        var markup = "$\\alpha$ see [the paper](https://arxiv.org/abs/2401.00001) and `x^2` then $\\beta$";

        Assert.Equal("α see [the paper](https://arxiv.org/abs/2401.00001) and `x^2` then β", ReadableTex.ReadableMarkup(markup));
    }
}
