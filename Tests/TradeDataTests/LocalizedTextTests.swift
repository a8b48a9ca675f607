import Testing
import NumberText
import TradeData

@Suite("A dataset's localised text in the one Language type")
struct LocalizedTextTests {
    @Test("text(in:) picks the language's text and falls back to English")
    func pickAndFallBack() {
        let both = LocalizedText(en: "Chile", vi: "Chi-lê")
        let english = LocalizedText(en: "Paraguay")
        for language in Language.allCases {
            #expect(both.text(in: language) == both.text(for: language.rawValue))
            #expect(english.text(in: language) == english.en)
        }
        #expect(both.text(in: .vi) == both.vi)
        #expect(both.text(in: .en) == both.en)
    }

    @Test("the language codes are the ones --lang, chart specs and datasets use")
    func codes() {
        for language in Language.allCases {
            #expect(Language(rawValue: language.rawValue) == language)
        }
        #expect(Language(rawValue: "fr") == nil)
    }
}
