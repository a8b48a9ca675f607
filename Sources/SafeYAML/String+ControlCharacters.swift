// Text quoted from user files into one-line messages. It lives here because every reader of
// user files (TradeData, TradeAnalysis, ChartKit) already depends on SafeYAML.

extension String {
    /// The text with control characters and line or paragraph separators written as `\u{…}`.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: \.isControlOrSeparator) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar.isControlOrSeparator {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Unicode.Scalar {
    var isControlOrSeparator: Bool {
        switch properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
