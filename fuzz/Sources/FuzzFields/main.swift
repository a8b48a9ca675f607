import FuzzSupport
import TradeData

/// The field parsers on arbitrary text: numbers in each convention, qualified values, units and
/// periods. Parsed numbers are finite; parsed periods print and parse back to themselves.
FuzzDriver.run { text in
    let text = text
    for convention in [NumberConvention.automatic, .decimalComma, .decimalPoint] {
        if let value = NumberParser.parse(text, convention: convention) {
            FuzzInput.require(value.isFinite, "non-finite number from '\(text)'")
        }
        if let q = ValueParser.parse(text, convention: convention) {
            FuzzInput.require(q.value.isFinite, "non-finite value from '\(text)'")
        }
    }
    if let unit = UnitParser.parse(text) {
        FuzzInput.require(unit.factor >= 1, "unit factor below 1 from '\(text)'")
    }
    if let period = Period(parsing: text) {
        FuzzInput.require(Period(parsing: period.description) == period, "period '\(text)' does not round-trip")
    }
}
