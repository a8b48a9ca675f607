import NumberText
import Testing

@Suite("Scale words")
struct ScaleWordTests {
    @Test("English, Vietnamese and abbreviated words, any case, composed or not", arguments: [
        ("thousand", 1e3), ("nghìn", 1e3), ("ngàn", 1e3), ("K", 1e3),
        ("million", 1e6), ("Millions", 1e6), ("triệu", 1e6), ("mn", 1e6), ("mln", 1e6), ("m", 1e6),
        ("billion", 1e9), ("tỷ", 1e9), ("tỉ", 1e9), ("TỶ", 1e9), ("ty\u{309}", 1e9), ("bn", 1e9), ("b", 1e9),
        ("trillion", 1e12), ("nghìn tỷ", 1e12), ("nghìn  tỷ", 1e12),
    ])
    func factor(word: String, factor: Double) {
        #expect(ScaleWord.factor(of: word) == factor)
    }

    @Test("single letters only when asked for; other words are not scale words")
    func letters() {
        #expect(ScaleWord.factor(of: "m", letters: false) == nil)
        #expect(ScaleWord.factor(of: "mn", letters: false) == 1e6)
        for word in ["", "usd", "millionaire", "tấn"] { #expect(ScaleWord.factor(of: word) == nil) }
    }

    @Test("a trailing word is split off after a space or a digit")
    func trailing() {
        #expect(ScaleWord.splitTrailing("3.5 billion")! == ("3.5", 1e9))
        #expect(ScaleWord.splitTrailing("3.5bn")! == ("3.5", 1e9))
        #expect(ScaleWord.splitTrailing("800m")! == ("800", 1e6))
        #expect(ScaleWord.splitTrailing("3,5 tỷ")! == ("3,5", 1e9))
        #expect(ScaleWord.splitTrailing("2 nghìn tỷ")! == ("2", 1e12))
        #expect(ScaleWord.splitTrailing("800 TRIỆU")! == ("800", 1e6))
        #expect(ScaleWord.splitTrailing("3.5e9") == nil)
        #expect(ScaleWord.splitTrailing("billion") == nil)
        #expect(ScaleWord.splitTrailing("columbia") == nil)
    }

    @Test("the table is ordered longest first, so a longer word wins")
    func order() {
        let lengths = ScaleWord.all.map(\.text.count)
        #expect(lengths == lengths.sorted(by: >))
    }
}
