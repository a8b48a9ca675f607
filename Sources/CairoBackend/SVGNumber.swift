import ChartScene

/// Numbers as the text-mode SVG writes them: at most two decimals, no trailing zeros, no "-0",
/// so the same scene gives the same bytes on every machine.
enum SVGNumber {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded()
        if hundredths == 0 { return "0" }
        let negative = hundredths < 0
        let magnitude = abs(hundredths)
        guard magnitude < 1e15 else { return negative ? "-1e13" : "1e13" }
        let whole = Int64(magnitude) / 100, fraction = Int64(magnitude) % 100
        var out = negative ? "-" : ""
        out += String(whole)
        if fraction != 0 {
            out += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
        }
        return out
    }

    /// `#rrggbb` for a colour's RGB components.
    static func hex(_ color: Color) -> String {
        func byte(_ v: Double) -> Int { Int((max(0, min(1, v)) * 255).rounded()) }
        let digits = Array("0123456789abcdef")
        var out = "#"
        for v in [byte(color.red), byte(color.green), byte(color.blue)] {
            out.append(digits[v >> 4]); out.append(digits[v & 15])
        }
        return out
    }
}
