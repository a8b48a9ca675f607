import NumberText
import TradeData

/// The plain numbers of the few descriptions the analysis still carries (a scenario's rule, the
/// fan's model line), from the one plain formatter family (`HumanNumber`).
extension Metrics {
    static func percent(_ fraction: Double) -> String { HumanNumber.percent(fraction) }
    static func billions(_ value: Double, digits: Int) -> String { HumanNumber.billions(value, digits: digits) }
    static func number(_ value: Double) -> String { HumanNumber.shortest(value) }
    static func grouped(_ value: Int) -> String { HumanNumber.grouped(value) }
}
