/// The extent of one line of text.
public struct TextMetrics: Hashable, Sendable {
    public var width: Double
    /// Distance from the baseline up to the top of the line box.
    public var ascent: Double
    /// Distance from the baseline down to the bottom of the line box.
    public var descent: Double

    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width; self.ascent = ascent; self.descent = descent
    }

    public var height: Double { ascent + descent }
}

/// Measures text for layout. The Cairo backend measures with Pango; tests use
/// `ApproximateTextMeasurer`, which is deterministic and needs no fonts.
public protocol TextMeasurer: Sendable {
    func measure(_ text: String, font: Font) -> TextMetrics
}

/// A font-free measurer: each character is a fixed fraction of the font size wide (wider for
/// digits and capitals, zero for combining marks). Deterministic, for scene tests.
public struct ApproximateTextMeasurer: TextMeasurer {
    public init() {}

    public func measure(_ text: String, font: Font) -> TextMetrics {
        var em = 0.0
        for scalar in text.unicodeScalars {
            em += Self.width(of: scalar)
        }
        let boldFactor = font.weight == .bold ? 1.06 : 1
        return TextMetrics(width: em * font.size * boldFactor, ascent: font.size * 1.07, descent: font.size * 0.29)
    }

    static func width(of scalar: Unicode.Scalar) -> Double {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        case .uppercaseLetter: return 0.66
        case .decimalNumber: return 0.57
        case .spaceSeparator: return 0.26
        case .otherPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation: return 0.32
        default: return scalar.value > 0x0E80 && scalar.value < 0x0EFF ? 0.62 : 0.55
        }
    }
}
