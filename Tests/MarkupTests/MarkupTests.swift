import Markup
import Testing

@Suite("Markup: the one XML/HTML escaper")
struct MarkupTests {
    @Test("markup characters become references")
    func references() {
        #expect(Markup.escape("Exports < imports & \"balance\" 'net' > 0") ==
            "Exports &lt; imports &amp; &quot;balance&quot; &#39;net&#39; &gt; 0")
    }

    @Test("characters XML 1.0 forbids are dropped; tab and line breaks kept in text")
    func forbidden() {
        #expect(Markup.escape("a\u{1}b\u{8}c\u{FFFE}d\u{FFFF}e") == "abcde")
        #expect(Markup.escape("a\tb\nc\rd") == "a\tb\nc\rd")
    }

    @Test("in an attribute, tab and line breaks are character references")
    func attribute() {
        #expect(Markup.escape("a\tb\nc\rd", attribute: true) == "a&#9;b&#10;c&#13;d")
    }

    @Test("Vietnamese and Lao text passes through unchanged")
    func scripts() {
        let text = "Thương mại hai chiều – ການຄ້າ ລາວ"
        #expect(Markup.escape(text) == text)
    }
}
