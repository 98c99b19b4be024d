using System.Globalization;
using System.Text;
using DigestBot.Citations;
using DigestBot.Commands;

namespace DigestBot.Papers;

/// <summary>
/// A title, abstract or TL;DR as readers see it: the TeX arXiv writes in them turned into plain Unicode text, for every
/// display (cards, digests, the terminal, the dashboard, APA). BibTeX, <c>--json</c>, the search index and stored
/// records keep the TeX as written.
/// <para>
/// Outside math only the escaped specials change: <c>\$ \&amp; \% \_ \# \{ \}</c> become the character. A <c>~</c>, a
/// <c>--</c> and a <c>$</c> that opens no math (<c>$5 to $10</c>) stay. Math is what <see cref="InlineMath"/> reads as
/// math (<c>$…$</c>; <c>$$…$$</c> too) and <c>\(…\)</c> or <c>\[…\]</c>; its delimiters are dropped and inside it:
/// </para>
/// <list type="bullet">
/// <item>Greek letters as TeX prints them (<c>\epsilon</c> ϵ, <c>\varepsilon</c> ε, <c>\phi</c> ϕ, <c>\varphi</c> φ),
/// operators, relations, arrows and other symbols (<c>\times</c> ×, <c>\le</c> ≤, <c>\to</c> →, <c>\infty</c> ∞, <c>\cdots</c> …);</item>
/// <item><c>\mathbb{R}</c> ℝ, <c>\mathcal{O}</c> 𝒪 (capitals), <c>\mathfrak{g}</c> 𝔤, letter by letter where Unicode has
/// the letter, else the command stays as written; <c>\mathrm</c>, <c>\mathbf</c>, <c>\text</c>, <c>\operatorname</c> and
/// the like give their content; <c>\hat{x}</c>, <c>\bar{x}</c>, <c>\tilde{x}</c>, <c>\vec{x}</c> put the accent on one
/// letter (x̂), else stay as written;</item>
/// <item><c>\log \exp \sin \max \min \arg \lim \det \Pr</c> and the like as the word, spaced from a letter beside it
/// (<c>n\log n</c> → n log n);</item>
/// <item><c>\frac{a}{b}</c> a/b and <c>\sqrt{x}</c> √x, a side that is more than one term (a single character, or
/// letters and digits only, as in <c>dx/dt</c>) in parentheses: (n+1)/2, √(x+1);</item>
/// <item><c>\left \right \big</c> and the like, <c>\displaystyle</c>, <c>\limits</c> dropped; <c>\, \; \: \quad</c> a
/// space, <c>\!</c> nothing; braces that only group vanish; a run of spaces is one space.</item>
/// </list>
/// <para>
/// Superscripts and subscripts: <c>^</c> or <c>_</c> with its argument (<c>^2</c>, <c>^{n+1}</c>, <c>_\theta</c>)
/// becomes Unicode superscript or subscript characters when every character of the argument has one (spaces in it are
/// dropped): digits, <c>+ - = ( )</c>, the Latin letters Unicode has (superscript: all small letters but q and the
/// capitals but C F Q S X Y Z; subscript: a e h i j k l m n o p r s t u v x) and a few Greek (superscript β γ δ θ φ χ,
/// subscript β γ ρ φ χ): <c>O(n^2)</c> O(n²), <c>s_{t+1}</c> sₜ₊₁, <c>x^{-1}</c> x⁻¹. <c>^\circ</c> is °, <c>^\prime</c>
/// ′ and <c>^\top</c> ᵀ. Otherwise the mark stays, before the argument as it reads, in parentheses unless it is one
/// character or a number: <c>F_{\theta}</c> F_θ, <c>a_{T-1}</c> a_(T-1), <c>\mathcal{L}_{CE}</c> ℒ_(CE), <c>x^{1.5}</c> x^1.5.
/// </para>
/// <para>
/// A command it does not know stays as written, with any braced arguments right after it in their braces
/// (<c>\binom{n}{k}</c>), and the math around it is still converted. Math it cannot read (a <c>^</c> with nothing after
/// it, a brace that does not close, <c>\frac</c> without two arguments) stays exactly as written, delimiters and all: no
/// input throws or loses text. Text without <c>$</c> or <c>\</c> is returned as it is, the same instance.
/// </para>
/// </summary>
public static class ReadableTex
{
    /// <summary>Braces nested deeper than this are not read as math (the math stays as written).</summary>
    private const int MaxDepth = 64;

    /// <summary>The text as readers should see it (see <see cref="ReadableTex"/>).</summary>
    public static string Readable(string tex)
    {
        if (tex.Length == 0 || !MayHoldTex(tex))
        {
            return tex;
        }

        var output = new Output(track: false);
        Convert(tex, output);
        return output.Text.ToString();
    }

    /// <summary>
    /// <see cref="ReplyMarkup"/> holding paper text (a search snippet, with its matched words in bold) with that text made
    /// readable and the markup kept: a bold word inside math stays bold in what it became (<c>$F_{\theta}$</c> with
    /// <c>theta</c> in bold gives F_θ with θ in bold), a bold that becomes nothing is dropped, and no <c>**</c> is
    /// left without its pair. Markup whose text needs no change is returned as it is.
    /// </summary>
    public static string ReadableMarkup(string markup)
    {
        if (markup.Length == 0 || !MayHoldTex(markup))
        {
            return markup;
        }

        var spans = ReplyMarkup.Parse(markup);
        var result = new StringBuilder(markup.Length);
        var plain = new StringBuilder();
        var bold = new List<(int Start, int End)>();
        var changed = false;
        foreach (var span in spans)
        {
            switch (span.Kind)
            {
                case MarkupKind.Text:
                    plain.Append(span.Text);
                    break;
                case MarkupKind.Bold:
                    bold.Add((plain.Length, plain.Length + span.Text.Length));
                    plain.Append(span.Text);
                    break;
                default:
                    // Links, code and small print are no paper text: math does not run across them.
                    changed |= Flush(result, plain, bold);
                    result.Append(span.Kind switch
                    {
                        MarkupKind.Link => ReplyMarkup.Link(span.Text, span.Url!),
                        MarkupKind.Code => ReplyMarkup.Code(span.Text),
                        _ => "-# ",
                    });
                    break;
            }
        }

        changed |= Flush(result, plain, bold);
        return changed ? result.ToString() : markup;
    }

    private static bool MayHoldTex(string text) => text.AsSpan().IndexOfAny('$', '\\') >= 0;

    /// <summary>Writes the plain text gathered so far, made readable, as markup with its bold ranges; whether it changed.</summary>
    private static bool Flush(StringBuilder result, StringBuilder plain, List<(int Start, int End)> bold)
    {
        if (plain.Length == 0)
        {
            return false;
        }

        var source = plain.ToString();
        var output = new Output(track: true);
        Convert(source, output);
        var text = output.Text.ToString();
        var changed = !string.Equals(text, source, StringComparison.Ordinal);
        var sources = output.Sources!;
        var i = 0;
        while (i < text.Length)
        {
            var isBold = Overlaps(sources[i], bold);
            var end = i + 1;
            while (end < text.Length && Overlaps(sources[end], bold) == isBold)
            {
                end++;
            }

            var piece = text[i..end];
            if (isBold)
            {
                Bold(result, piece);
            }
            else
            {
                result.Append(ReplyMarkup.Escape(piece, startsLine: result.Length == 0 || result[^1] == '\n'));
            }

            i = end;
        }

        plain.Clear();
        bold.Clear();
        return changed;
    }

    /// <summary>Bold text as markup: line by line, its spaces outside the marks (a bold of only spaces is not bold).</summary>
    private static void Bold(StringBuilder result, string piece)
    {
        var lines = piece.Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            if (k > 0)
            {
                result.Append('\n');
            }

            var line = lines[k];
            var core = line.Trim();
            if (core.Length == 0)
            {
                result.Append(line);
                continue;
            }

            var lead = line.Length - line.TrimStart().Length;
            var atLineStart = result.Length == 0 || result[^1] == '\n';
            result.Append(ReplyMarkup.Escape(line[..lead], atLineStart))
                .Append("**").Append(ReplyMarkup.Escape(core, startsLine: false)).Append("**")
                .Append(line[(lead + core.Length)..]);
        }
    }

    private static bool Overlaps((int Start, int End) source, List<(int Start, int End)> ranges)
    {
        foreach (var (start, end) in ranges)
        {
            if (source.Start < end && start < source.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The whole text: its text runs and its math runs, as <see cref="InlineMath"/> cuts them.</summary>
    private static void Convert(string s, Output o)
    {
        var parts = InlineMath.Split(s);
        var at = 0;
        var skipDollar = false;
        var displayOpen = false;
        for (var k = 0; k < parts.Count; k++)
        {
            var (text, isMath) = parts[k];
            var start = at;
            var end = at + text.Length;
            at = end;
            if (!isMath)
            {
                var from = skipDollar ? start + 1 : start;
                var to = end;
                skipDollar = false;

                // $$x$$ reads as "$", the math "$x$", "$": the outer dollars go with the math.
                if (k + 2 < parts.Count && parts[k + 1].IsMath && parts[k + 2].Text.StartsWith('$')
                    && to - 1 >= from && s[to - 1] == '$' && !Escaped(s, to - 1))
                {
                    to--;
                    displayOpen = true;
                }

                Text(s, from, to, o);
                continue;
            }

            var math = o.Child();
            var ok = new MathReader(s, start + 1, end - 1).Read(math);
            if (displayOpen)
            {
                displayOpen = false;
                if (ok)
                {
                    skipDollar = true;
                }
                else
                {
                    o.AppendRaw(s, start - 1, start);
                }
            }

            if (ok)
            {
                o.AppendTrimmed(math);
            }
            else
            {
                o.AppendRaw(s, start, end);
            }
        }
    }

    private static bool Escaped(string s, int at)
    {
        var slashes = 0;
        while (at - slashes - 1 >= 0 && s[at - slashes - 1] == '\\')
        {
            slashes++;
        }

        return slashes % 2 == 1;
    }

    /// <summary>Text outside <c>$</c> math: the escaped specials as characters, <c>\(…\)</c> and <c>\[…\]</c> as math.</summary>
    private static void Text(string s, int from, int to, Output o)
    {
        var run = from;
        var i = from;
        while (i < to)
        {
            if (s[i] != '\\')
            {
                i++;
                continue;
            }

            o.AppendRaw(s, run, i);
            if (i + 1 >= to)
            {
                o.AppendRaw(s, i, to);
                return;
            }

            var c = s[i + 1];
            if (CitationText.IsEscapable(c))
            {
                o.Append(c, i, i + 2);
                i += 2;
            }
            else if (c is '(' or '[' && s.IndexOf(c == '(' ? "\\)" : "\\]", i + 2, to - i - 2, StringComparison.Ordinal) is var close && close > i + 2)
            {
                var math = o.Child();
                if (new MathReader(s, i + 2, close).Read(math))
                {
                    o.AppendTrimmed(math);
                }
                else
                {
                    o.AppendRaw(s, i, close + 2);
                }

                i = close + 2;
            }
            else
            {
                // Any other command outside math (\emph{…}, \\) stays as written; its pair is copied so that a \$ after
                // \\ is read as InlineMath reads it.
                o.AppendRaw(s, i, i + 2);
                i += 2;
            }

            run = i;
        }

        o.AppendRaw(s, run, to);
    }

    /// <summary>What the text became, and, when asked, which source characters each of its characters came from.</summary>
    private sealed class Output(bool track)
    {
        public StringBuilder Text { get; } = new();

        /// <summary>Per output character (UTF-16 unit), the range of the source it came from; null when not tracked.</summary>
        public List<(int Start, int End)>? Sources { get; } = track ? [] : null;

        public Output Child() => new(Sources is not null);

        public void Append(char c, int start, int end)
        {
            Text.Append(c);
            Sources?.Add((start, end));
        }

        public void Append(string text, int start, int end)
        {
            Text.Append(text);
            for (var k = 0; Sources is not null && k < text.Length; k++)
            {
                Sources.Add((start, end));
            }
        }

        /// <summary>Source characters as they are, each from itself.</summary>
        public void AppendRaw(string s, int from, int to)
        {
            Text.Append(s, from, to - from);
            for (var k = from; Sources is not null && k < to; k++)
            {
                Sources.Add((k, k + 1));
            }
        }

        public void Append(Output other) => Append(other, 0, other.Text.Length);

        /// <summary>Math without the spaces at its ends, which TeX ignores (<c>\right.</c> leaves one).</summary>
        public void AppendTrimmed(Output other)
        {
            var (first, last) = Trimmed(other.Text);
            Append(other, first, last);
        }

        public void Append(Output other, int from, int to)
        {
            Text.Append(other.Text, from, to - from);
            if (Sources is not null && other.Sources is not null)
            {
                for (var k = from; k < to; k++)
                {
                    Sources.Add(other.Sources[k]);
                }
            }
        }

        public (int Start, int End) SourceAt(int index) => Sources?[index] ?? default;
    }

    /// <summary>One run of math, read item by item; <see cref="Read"/> is false when it cannot be read.</summary>
    private sealed class MathReader(string s, int from, int end)
    {
        private int _pos = from;
        private int _depth;

        /// <summary>After a word operator (log): a space goes before a letter or digit that follows it directly.</summary>
        private bool _spaceBeforeWord;

        private char _last;

        public bool Read(Output o) => Sequence(o, group: false);

        private bool Sequence(Output o, bool group)
        {
            while (_pos < end)
            {
                if (s[_pos] == '}')
                {
                    return group;
                }

                if (!Item(o))
                {
                    return false;
                }
            }

            return !group;
        }

        private bool Item(Output o)
        {
            var c = s[_pos];
            switch (c)
            {
                case '{':
                    return Group(o, keepBraces: false);
                case '^' or '_':
                    return Script(o);
                case '\\':
                    return Command(o);
                case '$':
                    return false; // a dollar inside math: not something this reads
            }

            if (char.IsWhiteSpace(c))
            {
                var start = _pos;
                while (_pos < end && char.IsWhiteSpace(s[_pos]))
                {
                    _pos++;
                }

                // One space for a run, and none after a space already written (x \text{ if } y).
                if (_last != ' ')
                {
                    Emit(o, " ", start, _pos);
                }

                return true;
            }

            if (char.IsHighSurrogate(c) && _pos + 1 < end && char.IsLowSurrogate(s[_pos + 1]))
            {
                EmitRaw(o, _pos, _pos + 2);
                _pos += 2;
                return true;
            }

            Emit(o, c, _pos, _pos + 1);
            _pos++;
            return true;
        }

        private bool Group(Output o, bool keepBraces)
        {
            if (++_depth > MaxDepth)
            {
                return false;
            }

            if (keepBraces)
            {
                Emit(o, "{", _pos, _pos + 1);
            }

            _pos++;
            if (!Sequence(o, group: true))
            {
                return false;
            }

            if (keepBraces)
            {
                Emit(o, "}", _pos, _pos + 1);
            }

            _pos++;
            _depth--;
            return true;
        }

        /// <summary>One argument (a group, a command with its own arguments, or one character) read into its own output.</summary>
        private Output? Argument(Output parent)
        {
            while (_pos < end && char.IsWhiteSpace(s[_pos]))
            {
                _pos++;
            }

            if (_pos >= end || s[_pos] is '}' or '^' or '_' or '$')
            {
                return null;
            }

            // Commands nest without braces too (\sqrt\sqrt\sqrt…): the depth is counted here as well.
            if (++_depth > MaxDepth)
            {
                return null;
            }

            var arg = parent.Child();
            var ok = s[_pos] switch
            {
                '{' => Group(arg, keepBraces: false),
                '\\' => Command(arg),
                _ => Item(arg),
            };
            _depth--;
            return ok ? arg : null;
        }

        private bool Script(Output o)
        {
            var superscript = s[_pos] == '^';
            var mark = _pos;
            _pos++;
            var wordBefore = _spaceBeforeWord;
            _spaceBeforeWord = false;
            if (Argument(o) is not { } arg)
            {
                return false;
            }

            _spaceBeforeWord = wordBefore;
            var (first, last) = Trimmed(arg.Text);
            if (first == last)
            {
                return true;
            }

            var content = arg.Text.ToString(first, last - first);
            var special = !superscript ? null : content switch
            {
                "∘" => "°",
                "′" or "'" => "′",
                "⊤" => "ᵀ",
                _ => null,
            };
            if (special is not null)
            {
                o.Append(special, mark, _pos);
                _last = special[^1];
                return true;
            }

            var table = superscript ? Superscripts : Subscripts;
            if (All(arg.Text, first, last, table))
            {
                for (var k = first; k < last; k++)
                {
                    if (!char.IsWhiteSpace(arg.Text[k]))
                    {
                        var (start, stop) = arg.SourceAt(k);
                        o.Append(table[arg.Text[k]], start, stop);
                    }
                }

                _last = arg.Text[last - 1];
                return true;
            }

            var wrap = !IsSymbol(content);
            o.Append(superscript ? '^' : '_', mark, mark + 1);
            if (wrap)
            {
                o.Append('(', mark, mark + 1);
            }

            o.Append(arg, first, last);
            if (wrap)
            {
                o.Append(')', mark, mark + 1);
            }

            _last = wrap ? ')' : content[^1];
            return true;
        }

        private static bool All(StringBuilder text, int first, int last, Dictionary<char, char> table)
        {
            for (var k = first; k < last; k++)
            {
                if (!char.IsWhiteSpace(text[k]) && !table.ContainsKey(text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Command(Output o)
        {
            var start = _pos;
            if (_pos + 1 >= end)
            {
                return false;
            }

            var c = s[_pos + 1];
            if (!char.IsAsciiLetter(c))
            {
                _pos += 2;
                switch (c)
                {
                    case ',' or ':' or ';' or '>' or ' ':
                        Emit(o, " ", start, _pos);
                        break;
                    case '!':
                        break;
                    case '{' or '}' or '$' or '%' or '&' or '#' or '_':
                        Emit(o, c, start, _pos);
                        break;
                    case '|':
                        Emit(o, "‖", start, _pos);
                        break;
                    default:
                        if (char.IsHighSurrogate(c) && _pos < end && char.IsLowSurrogate(s[_pos]))
                        {
                            _pos++;
                        }

                        EmitRaw(o, start, _pos);
                        break;
                }

                return true;
            }

            var nameEnd = _pos + 1;
            while (nameEnd < end && char.IsAsciiLetter(s[nameEnd]))
            {
                nameEnd++;
            }

            var name = s.AsSpan(_pos + 1, nameEnd - _pos - 1);
            _pos = nameEnd;
            if (!Known.TryGetValue(name, out var known))
            {
                // Unknown: as written, with the braced arguments that follow it in their braces.
                EmitRaw(o, start, _pos);
                while (_pos < end && s[_pos] == '{')
                {
                    if (!Group(o, keepBraces: true))
                    {
                        return false;
                    }
                }

                return true;
            }

            switch (known.Kind)
            {
                case Kind.Symbol:
                    Emit(o, known.Value, start, _pos);
                    return true;
                case Kind.Word:
                    Word(o, known.Value, start);
                    return true;
                case Kind.Content:
                    return Content(o, start, word: false);
                case Kind.OperatorName:
                    if (_pos < end && s[_pos] == '*')
                    {
                        _pos++;
                    }

                    return Content(o, start, word: true);
                case Kind.Alphabet:
                    return Alphabet(o, known.Value, start);
                case Kind.Accent:
                    return Accent(o, known.Value, start);
                case Kind.Fraction:
                    return Fraction(o, start);
                case Kind.Root:
                    return Root(o, start);
                case Kind.Delimiter:
                    while (_pos < end && char.IsWhiteSpace(s[_pos]))
                    {
                        _pos++;
                    }

                    if (_pos < end && s[_pos] == '.')
                    {
                        _pos++; // \left. is no delimiter at all
                    }

                    return true;
                default: // Kind.Drop
                    return true;
            }
        }

        private void Word(Output o, string word, int start)
        {
            if (_spaceBeforeWord || char.IsLetterOrDigit(_last) || _last is ')' or ']')
            {
                o.Append(' ', start, start);
            }

            _spaceBeforeWord = false;
            Emit(o, word, start, _pos);
            _spaceBeforeWord = true;
        }

        private bool Content(Output o, int start, bool word)
        {
            if (Argument(o) is not { } arg)
            {
                return false;
            }

            if (word)
            {
                if (_spaceBeforeWord || char.IsLetterOrDigit(_last) || _last is ')' or ']')
                {
                    o.Append(' ', start, start);
                }

                o.Append(arg);
                _spaceBeforeWord = true;
            }
            else
            {
                o.Append(arg);
            }

            if (arg.Text.Length > 0)
            {
                _last = arg.Text[^1];
            }

            return true;
        }

        /// <summary>\mathbb, \mathcal, \mathfrak: each letter in the alphabet, or the command as written when one has none there.</summary>
        private bool Alphabet(Output o, string alphabet, int start)
        {
            if (Argument(o) is not { } arg)
            {
                return false;
            }

            var letters = new List<(string Letter, (int, int) Source)>();
            for (var k = 0; k < arg.Text.Length; k++)
            {
                var c = arg.Text[k];
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                if (Letter(alphabet, c) is not { } letter)
                {
                    EmitRaw(o, start, _pos);
                    return true;
                }

                letters.Add((letter, arg.SourceAt(k)));
            }

            // Each letter with the source of the character it came from.
            foreach (var (letter, (from, to)) in letters)
            {
                Emit(o, letter, from, to);
            }

            return true;
        }

        private bool Accent(Output o, string mark, int start)
        {
            if (Argument(o) is not { } arg)
            {
                return false;
            }

            var text = arg.Text.ToString().Trim();
            if (!IsOneCharacter(text))
            {
                EmitRaw(o, start, _pos);
                return true;
            }

            Emit(o, text + mark, start, _pos);
            return true;
        }

        private bool Fraction(Output o, int start)
        {
            if (Argument(o) is not { } numerator || Argument(o) is not { } denominator)
            {
                return false;
            }

            Side(o, numerator, start);
            o.Append('/', start, start + 1);
            Side(o, denominator, start);
            _last = ')';
            return true;
        }

        /// <summary>\sqrt{x}, \sqrt[3]{x}: √x, ∛x, √(x+1); another index as a superscript (ⁿ√x), else as written.</summary>
        private bool Root(Output o, int start)
        {
            string? index = null;
            if (_pos < end && s[_pos] == '[')
            {
                var close = s.IndexOf(']', _pos, end - _pos);
                if (close < 0)
                {
                    return false;
                }

                index = s[(_pos + 1)..close].Trim();
                _pos = close + 1;
            }

            if (Argument(o) is not { } radicand)
            {
                return false;
            }

            var sign = index switch
            {
                null or "2" => "√",
                "3" => "∛",
                "4" => "∜",
                _ when index.Length > 0 && index.All(Superscripts.ContainsKey) => string.Concat(index.Select(c => Superscripts[c])) + "√",
                _ => null,
            };
            if (sign is null)
            {
                EmitRaw(o, start, _pos);
                return true;
            }

            o.Append(sign, start, start + 1);
            Side(o, radicand, start);
            _last = ')';
            return true;
        }

        /// <summary>A side of a fraction or a radicand: bare when it is one term (dx, 2n, θ, (a+b)), else in parentheses.</summary>
        private static void Side(Output o, Output side, int start)
        {
            var (first, last) = Trimmed(side.Text);
            var content = side.Text.ToString(first, last - first);
            var bare = IsTerm(content) || IsWrapped(content);
            if (!bare)
            {
                o.Append('(', start, start + 1);
            }

            o.Append(side, first, last);
            if (!bare)
            {
                o.Append(')', start, start + 1);
            }
        }

        private void Emit(Output o, string text, int start, int stop)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (_spaceBeforeWord)
            {
                _spaceBeforeWord = false;
                if (char.IsLetterOrDigit(text[0]))
                {
                    o.Append(' ', start, start);
                }
            }

            o.Append(text, start, stop);
            _last = text[^1];
        }

        private void Emit(Output o, char c, int start, int stop)
        {
            if (_spaceBeforeWord)
            {
                _spaceBeforeWord = false;
                if (char.IsLetterOrDigit(c))
                {
                    o.Append(' ', start, start);
                }
            }

            o.Append(c, start, stop);
            _last = c;
        }

        private void EmitRaw(Output o, int from, int to)
        {
            _spaceBeforeWord = false;
            o.AppendRaw(s, from, to);
            _last = s[to - 1];
        }
    }

    private static (int First, int Last) Trimmed(StringBuilder text)
    {
        var first = 0;
        var last = text.Length;
        while (first < last && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        while (last > first && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        return (first, last);
    }

    /// <summary>One character (one code point), or a number: what a script shows without parentheses.</summary>
    private static bool IsSymbol(string text) =>
        IsOneCharacter(text) || (text.Length > 0 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1]) && text.All(c => char.IsAsciiDigit(c) || c == '.'));

    private static bool IsOneCharacter(string text) => text.Length == 1 || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));

    /// <summary>Letters and digits only (superscript and subscript digits too): one term of a fraction (dx, 2n, x²).</summary>
    private static bool IsTerm(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.OtherNumber && rune.Value != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>In one pair of parentheses from its first character to its last: (a+b), not (a)+(b).</summary>
    private static bool IsWrapped(string text)
    {
        if (text.Length < 2 || text[0] != '(' || text[^1] != ')')
        {
            return false;
        }

        var depth = 0;
        for (var k = 0; k < text.Length; k++)
        {
            depth += text[k] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && k < text.Length - 1)
            {
                return false;
            }
        }

        return depth == 0;
    }

    /// <summary>A letter or digit in a math alphabet, or null when Unicode has none for it.</summary>
    private static string? Letter(string alphabet, char c)
    {
        var (holes, capital, small, digit) = alphabet switch
        {
            "bb" => ("CℂHℍNℕPℙQℚRℝZℤ", 0x1D538, 0x1D552, 0x1D7D8),
            "cal" => ("BℬEℰFℱHℋIℐLℒMℳRℛ", 0x1D49C, 0, 0),
            _ => ("CℭHℌIℑRℜZℨ", 0x1D504, 0x1D51E, 0),
        };
        for (var k = 0; k < holes.Length; k += 2)
        {
            if (holes[k] == c)
            {
                return holes[k + 1].ToString();
            }
        }

        return c switch
        {
            >= 'A' and <= 'Z' => char.ConvertFromUtf32(capital + (c - 'A')),
            >= 'a' and <= 'z' when small != 0 => char.ConvertFromUtf32(small + (c - 'a')),
            >= '0' and <= '9' when digit != 0 => char.ConvertFromUtf32(digit + (c - '0')),
            _ => null,
        };
    }

    private enum Kind
    {
        Symbol,
        Word,
        Content,
        OperatorName,
        Alphabet,
        Accent,
        Fraction,
        Root,
        Delimiter,
        Drop,
    }

    private static readonly Dictionary<char, char> Superscripts = Table(
        "0⁰1¹2²3³4⁴5⁵6⁶7⁷8⁸9⁹+⁺-⁻−⁻=⁼(⁽)⁾"
        + "aᵃbᵇcᶜdᵈeᵉfᶠgᵍhʰiⁱjʲkᵏlˡmᵐnⁿoᵒpᵖrʳsˢtᵗuᵘvᵛwʷxˣyʸzᶻ"
        + "AᴬBᴮDᴰEᴱGᴳHᴴIᴵJᴶKᴷLᴸMᴹNᴺOᴼPᴾRᴿTᵀUᵁVⱽWᵂ"
        + "βᵝγᵞδᵟθᶿφᵠϕᵠχᵡ");

    private static readonly Dictionary<char, char> Subscripts = Table(
        "0₀1₁2₂3₃4₄5₅6₆7₇8₈9₉+₊-₋−₋=₌(₍)₎"
        + "aₐeₑhₕiᵢjⱼkₖlₗmₘnₙoₒpₚrᵣsₛtₜuᵤvᵥxₓ"
        + "βᵦγᵧρᵨφᵩϕᵩχᵪ");

    private static Dictionary<char, char> Table(string pairs)
    {
        var table = new Dictionary<char, char>();
        for (var k = 0; k < pairs.Length; k += 2)
        {
            table[pairs[k]] = pairs[k + 1];
        }

        return table;
    }

    private static readonly Dictionary<string, (Kind Kind, string Value)> Commands = Build();

    private static readonly Dictionary<string, (Kind Kind, string Value)>.AlternateLookup<ReadOnlySpan<char>> Known =
        Commands.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, (Kind, string)> Build()
    {
        var commands = new Dictionary<string, (Kind, string)>(StringComparer.Ordinal);
        void Add(Kind kind, string names, string? values = null)
        {
            var list = names.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var runes = values?.EnumerateRunes().Select(r => r.ToString()).ToArray();
            if (runes is not null && runes.Length != list.Length)
            {
                throw new InvalidOperationException($"{list.Length} commands but {runes.Length} characters: {names}");
            }

            for (var k = 0; k < list.Length; k++)
            {
                commands[list[k]] = (kind, runes?[k] ?? list[k]);
            }
        }

        Add(Kind.Symbol, "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa varkappa lambda mu nu xi omicron pi varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega digamma",
            "αβγδϵεζηθϑικϰλμνξοπϖρϱσςτυϕφχψωϝ");
        Add(Kind.Symbol, "Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega", "ΓΔΘΛΞΠΣΥΦΨΩ");
        Add(Kind.Symbol, "times cdot pm mp div ast star circ bullet oplus ominus otimes odot cup cap setminus wedge land vee lor neg lnot",
            "×·±∓÷∗⋆∘•⊕⊖⊗⊙∪∩∖∧∧∨∨¬¬");
        Add(Kind.Symbol, "sum prod coprod int iint iiint oint bigcup bigcap bigoplus bigotimes bigvee bigwedge",
            "∑∏∐∫∬∭∮⋃⋂⨁⨂⋁⋀");
        Add(Kind.Symbol, "le leq ge geq leqslant geqslant ne neq approx sim simeq cong equiv propto ll gg lesssim gtrsim prec succ preceq succeq asymp doteq triangleq coloneqq",
            "≤≤≥≥⩽⩾≠≠≈∼≃≅≡∝≪≫≲≳≺≻⪯⪰≍≐≜≔");
        Add(Kind.Symbol, "in notin ni subset subseteq subsetneq supset supseteq mid nmid parallel perp vdash models",
            "∈∉∋⊂⊆⊊⊃⊇∣∤∥⊥⊢⊨");
        Add(Kind.Symbol, "to rightarrow leftarrow gets leftrightarrow Rightarrow Leftarrow Leftrightarrow implies impliedby iff mapsto longrightarrow longleftarrow longmapsto uparrow downarrow hookrightarrow",
            "→→←←↔⇒⇐⇔⟹⟸⟺↦⟶⟵⟼↑↓↪");
        Add(Kind.Symbol, "infty partial nabla forall exists nexists ell hbar aleph emptyset varnothing ldots dots cdots vdots ddots",
            "∞∂∇∀∃∄ℓℏℵ∅∅………⋮⋱");
        Add(Kind.Symbol, "Vert lVert rVert vert lvert rvert langle rangle lceil rceil lfloor rfloor lbrace rbrace prime dagger ddagger top bot angle triangle Box square colon therefore because Re Im wp cdotp",
            "‖‖‖|||⟨⟩⌈⌉⌊⌋{}′†‡⊤⊥∠△□□:∴∵ℜℑ℘·");
        Add(Kind.Word, "log ln lg exp sin cos tan cot sec csc sinh cosh tanh coth arcsin arccos arctan max min sup inf arg lim det dim ker deg gcd hom Pr argmax argmin");
        commands["liminf"] = (Kind.Word, "lim inf");
        commands["limsup"] = (Kind.Word, "lim sup");
        commands["bmod"] = (Kind.Word, "mod");
        Add(Kind.Content, "mathrm mathbf mathit mathsf mathtt mathnormal text textrm textit textbf textsf texttt textnormal textup mbox boldsymbol bm emph");
        Add(Kind.OperatorName, "operatorname");
        commands["mathbb"] = (Kind.Alphabet, "bb");
        commands["mathds"] = (Kind.Alphabet, "bb");
        commands["mathcal"] = (Kind.Alphabet, "cal");
        commands["mathscr"] = (Kind.Alphabet, "cal");
        commands["mathfrak"] = (Kind.Alphabet, "frak");
        Add(Kind.Accent, "hat widehat bar overline tilde widetilde vec dot ddot check breve acute grave",
            "\u0302\u0302\u0304\u0304\u0303\u0303\u20D7\u0307\u0308\u030C\u0306\u0301\u0300");
        Add(Kind.Fraction, "frac dfrac tfrac cfrac");
        Add(Kind.Root, "sqrt");
        Add(Kind.Delimiter, "left right middle");
        Add(Kind.Drop, "big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr bigm Bigm displaystyle textstyle scriptstyle scriptscriptstyle limits nolimits");
        Add(Kind.Symbol, "quad qquad enspace thinspace medspace thickspace", "      ");
        return commands;
    }
}
