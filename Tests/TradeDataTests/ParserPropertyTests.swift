import Foundation
import PropertyBased
import Testing
@testable import TradeData

/// Format → parse gives the value back, for random values, in both decimal conventions.
@Suite("Round trips of the field parsers")
struct ParserPropertyTests {
    /// `1234567` → `1,234,567` with `separator` between groups of three.
    static func grouped(_ integer: Int, _ separator: String) -> String {
        let digits = Array(String(integer))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(d)
        }
        return out
    }

    /// A fraction of 1 to 6 digits from `raw` (leading zeros kept: 5 with 3 digits is `005`).
    static func fraction(_ raw: Int, digits: Int) -> String {
        let text = String(raw % Int(pow(10, Double(digits))))
        return String(repeating: "0", count: digits - text.count) + text
    }

    @Test("grouped numbers with a decimal point or a decimal comma read back exactly")
    func numbers() async {
        await propertyCheck(input: Gen.int(in: 0...999_999_999_999), Gen.int(in: 0...999_999), Gen.int(in: 1...6), Gen.bool) { integer, raw, digits, negative in
            let fraction = Self.fraction(raw, digits: digits)
            let expected = (negative ? -1 : 1) * (Double("\(integer).\(fraction)") ?? .nan)
            let sign = negative ? "-" : ""
            let point = sign + Self.grouped(integer, ",") + "." + fraction
            let comma = sign + Self.grouped(integer, ".") + "," + fraction
            let spaced = sign + Self.grouped(integer, "\u{00A0}") + "," + fraction
            #expect(NumberParser.parse(point, convention: .decimalPoint) == expected)
            #expect(NumberParser.parse(comma, convention: .decimalComma) == expected)
            #expect(NumberParser.parse(spaced, convention: .decimalComma) == expected)
            // Unambiguous in the automatic convention: both marks present, or a lone point.
            if integer >= 1000 { #expect(NumberParser.parse(point) == expected && NumberParser.parse(comma) == expected) }
            #expect(NumberParser.parse(sign + "\(integer).\(fraction)") == expected)
        }
    }

    @Test("whole numbers grouped in thousands read back in every convention")
    func wholeNumbers() async {
        await propertyCheck(input: Gen.int(in: 1000...999_999_999_999)) { integer in
            #expect(NumberParser.parse(Self.grouped(integer, ","), convention: .decimalPoint) == Double(integer))
            #expect(NumberParser.parse(Self.grouped(integer, "."), convention: .decimalComma) == Double(integer))
            #expect(NumberParser.parse(Self.grouped(integer, " "), convention: .automatic) == Double(integer))
            #expect(NumberParser.parse(String(integer)) == Double(integer))
        }
    }

    @Test("qualified values and ranges keep their figures")
    func values() async {
        let marks: [(String, Quantity.Qualifier)] = [("", .exact), ("~", .approximate), (">", .atLeast), ("<", .atMost), ("≥", .atLeast), ("≈", .approximate)]
        await propertyCheck(input: Gen.int(in: 0...9_999_999), Gen.int(in: 0...9_999_999), Gen.int(in: 0...5), Gen.int(in: 0...2)) { a, b, m, c in
            let (mark, qualifier) = marks[m]
            let convention = [NumberConvention.automatic, .decimalComma, .decimalPoint][c]
            let decimal = convention == .decimalComma ? "," : "."
            let x = Double(a) / 100, y = Double(b) / 100
            let text = "\(a / 100)\(decimal)\(Self.fraction(a % 100, digits: 2))"
            let other = "\(b / 100)\(decimal)\(Self.fraction(b % 100, digits: 2))"
            let single = ValueParser.parse(mark + text, convention: convention)
            #expect(single?.qualifier == qualifier && single?.value == x)
            let range = ValueParser.parse("\(text)..\(other)", convention: convention)
            #expect(range?.low == min(x, y) && range?.high == max(x, y) && range?.qualifier == .range)
        }
    }

    @Test("every period prints and parses back to itself")
    func periods() async {
        await propertyCheck(input: Gen.int(in: 1000...9999), Gen.int(in: 1...12), Gen.int(in: 0...11)) { year, start, length in
            let end = min(12, start + length)
            let period = Period(year: year, startMonth: start, endMonth: end)
            #expect(period != nil)
            if let period {
                #expect(Period(parsing: period.description) == period)
                #expect(Period(parsing: " \(period.description.lowercased()) ") == period)
                let long = "\(year)-\(Period.two(start))..\(year)-\(Period.two(end))"
                #expect(Period(parsing: long) == period)
            }
        }
    }

    @Test("numbers beyond Double's range are refused, not infinite")
    func overflow() {
        let digits = String(repeating: "9", count: 400)
        #expect(NumberParser.parse(digits) == nil)
        #expect(NumberParser.parse(digits + ",5", convention: .decimalComma) == nil)
        #expect(NumberParser.parse("1e400") == nil)
        #expect(NumberParser.parse("1e308") == 1e308)
    }
}
