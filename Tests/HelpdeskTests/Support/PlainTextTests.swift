import Testing

@testable import Helpdesk

@Suite struct PlainTextTests {
    static let examples: [(String, String)] = [
        ("", ""),
        ("Plain words stay.", "Plain words stay."),
        ("<p>Hello <b>World</b></p>", "Hello World"),
        ("<span style=\"color: red\">red</span> text", "red text"),
        ("a<br>b<br/>c<BR />d", "a\nb\nc\nd"),
        ("<p>one</p><p>two</p>", "one\n\ntwo"),
        ("<div>x</div>y", "x\ny"),
        ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
        ("<table><tr><th>Name</th><th>Qty</th></tr><tr><td>Foo</td><td>2</td></tr></table>", "Name Qty\n\nFoo 2"),
        ("<h1>Title</h1>body", "Title\nbody"),
        ("<brand>x</brand>", "x"),
        ("&amp; &lt;b&gt; &quot;q&quot; &apos;a&apos; &#39;s", "& <b> \"q\" 'a' 's"),
        ("caf&#233; caf&#xE9; caf&#XE9; &#128512;", "café café café 😀"),
        ("&amp;lt;", "&lt;"),
        ("&iexcl;Ol&eacute;! Gr&uuml;&szlig;e &yuml; &copy; &frac12; &times;", "¡Olé! Grüße ÿ © ½ ×"),
        ("It&rsquo;s &ldquo;fine&rdquo; &mdash; &hellip; &euro;5 &trade; &OElig;", "It’s “fine” — … €5 ™ Œ"),
        ("&Eacute; &eacute; &EACUTE;", "É é &EACUTE;"),  // names are case-sensitive
        ("a&nbsp;&nbsp;b", "a b"),
        ("&bogus; AT&T & alone &amp", "&bogus; AT&T & alone &amp"),
        ("&#0; &#xD800; &#99999999999;", "&#0; &#xD800; &#99999999999;"),  // not decoded, kept as written
        ("snake_case stays; _emphasis_ goes; a #hashtag stays", "snake_case stays; emphasis goes; a #hashtag stays"),
        ("1 < 2", "1 < 2"),
        ("Use <= and >= please; 1 < 2 and 3 > 2", "Use <= and >= please; 1 < 2 and 3 > 2"),
        ("<3 <- </ > a</3>b", "<3 <- </ > a</3>b"),
        ("a<!-- note -->b<?xml?>c</SPAN>d", "abcd"),
        ("<b unterminated", "<b unterminated"),
        ("<b>x</b> <a <b <!c", "x <a <b <!c"),  // after the last `>`, no `<` opens a tag
        ("<!<!<a</a<?", "<!<!<a</a<?"),
        ("<!<!x>y", "y"),
        ("# Title\n\n**bold** _it_ `code`", "Title\n\nbold it code"),
        ("## Steps\n* one\n* two", "Steps\none\ntwo"),
        ("#123 is fixed\n####### seven\n  ### indented\n#\nend #", "#123 is fixed\n####### seven\nindented\n\nend #"),
        ("5*3=15, 2 * 3 * 4 = 24, a * b, 2**10", "5*3=15, 2 * 3 * 4 = 24, a * b, 2**10"),
        ("(*) *see note* **bold**, (**x**) ***all***.", "(*) see note bold, (x) all."),
        ("a _ b __init__ snake_case_name (_it_)", "a _ b init snake_case_name (it)"),
        ("* bullet\n  * nested\n*starred*", "bullet\nnested\nstarred"),
        ("10*-1", "10*-1"), ("(2+3)*4", "(2+3)*4"), ("Card ****1234", "Card ****1234"), ("*.txt", "*.txt"),
        ("rm /tmp/*", "rm /tmp/*"), ("file_name_.txt", "file_name_.txt"), ("_id field", "_id field"),
        ("(2+3)*4 and y*-1", "(2+3)4 and y-1"),  // an opener and a closer pair, as CommonMark reads them
        ("2*3*4 **a *b* c** *x* y*", "234 a b c x y*"),  // CommonMark pairs each closer with the nearest opener
        ("**unclosed and *closed*", "**unclosed and closed"),
        ("Add `<script src=x>` and `<br>` then reload", "Add <script src=x> and <br> then reload"),
        ("Set `*ptr` and ``a ` b`` here", "Set *ptr and a ` b here"),
        ("a lone ` stays, and `` too", "a lone ` stays, and `` too"),
        ("```python\nif a < b:\n    print(\"*x*\")\n```\nafter", "if a < b:\nprint(\"*x*\")\nafter"),
        ("```\nnever closed <b>", "never closed <b>"),
        ("```inline``` code", "inline code"),
        ("a   b\t\tc", "a b c"),
        ("  leading and trailing  \n\n", "leading and trailing"),
        ("a\n\n\n\nb", "a\n\nb"),
        ("\n\n\na", "a"),
        ("a\nb", "a\nb"),
        ("a\r\nb", "a\nb"),
        ("a\r\n\r\n\r\n\r\nb", "a\n\nb"),
        ("a  \r\n  b", "a\nb"),
        ("<p>Hi&nbsp;there,</p>\n<p>**Thanks**</p>", "Hi there,\n\nThanks"),
        ("See [the guide](https://help.test/guide) first.", "See the guide first."),
        ("![Logo](https://help.test/logo.png) Acme", "Logo Acme"),
        ("**[Reset it](https://help.test/r?a=1&b=2)** now", "Reset it now"),
        ("[a [b](c) d](e)", "[a b d](e)"),  // the `[` nearest the `](` opens the link
        ("[x](y) and [z](w)", "x and z"),
        ("[no target] (aside) [open](never closed", "[no target] (aside) [open](never closed"),
        ("Wow! [x] ![y] arr[0]", "Wow! [x] ![y] arr[0]"),
        ("> quoted\n> > nested\n  > indented\nnot > this; 3 > 2", "quoted\nnested\nindented\nnot > this; 3 > 2"),
        ("&gt; kept", "> kept"),
        ("<style>p { color: red; }</style>Hi", "Hi"),
        ("<SCRIPT type=\"text/javascript\">if (a < b) go()</Script>ok", "ok"),
        ("before<style>never closed", "before"),
        ("a<!-- x > y -->b<!---->c", "abc"),
        ("a<!-- never closed > z", "a z"),
        ("Mail <me@help.test> or <https://help.test/a?b=1>", "Mail me@help.test or https://help.test/a?b=1"),
        ("<o:p>x</o:p> <st1:place>y</st1:place>", "x y"),
        (#"<a title="a>b" href='c>d'>link</a> <img alt=">">after"#, "link after"),
        (#"<input value="never closed> text <b>bold</b>"#, "text bold"),
    ]

    @Test(arguments: examples)
    func extractsReadableText(content: String, text: String) {
        #expect(PlainText.from(content) == text)
    }

    @Test func neverTrapsOnArbitraryMarkup() {
        var random = SeededRandom(seed: 42)
        let pieces = [
            "<", ">", "&", ";", "#", "x", "&#", "&#x", "/", "br", "p", " ", "\n", "\r\n", "*", "é", "\u{301}", "9",
            "[", "]", "(", ")", "](", "!", "style", "<!--", "-->", "@", ":", "_", "`", "```", "``",
        ]
        for _ in 0..<2_000 {
            let content = (0..<Int.random(in: 0...20, using: &random)).map { _ in pieces.randomElement(using: &random)!
            }.joined()
            let text = PlainText.from(content)
            #expect(
                !text.hasPrefix("\n") && !text.hasSuffix("\n") && !text.contains("\n\n\n"),
                "\(content.debugDescription)")
            #expect(!text.contains("  "), "\(content.debugDescription)")
        }
    }
}
