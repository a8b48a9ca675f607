import Foundation

/// The units a chart's physical size is given in. Scene units are CSS pixels, 96 to the inch,
/// so every unit converts exactly: 1 in = 2.54 cm = 25.4 mm = 72 pt = 96 px.
public enum LengthUnit: String, CaseIterable, Sendable, Hashable {
    case cm, mm, `in`, pt, px

    /// CSS pixels in one of this unit.
    public var pixels: Double {
        switch self {
        case .cm: 96 / 2.54
        case .mm: 96 / 25.4
        case .in: 96
        case .pt: 96.0 / 72
        case .px: 1
        }
    }
}

/// A length with its unit, as a user writes it: `16cm`, `160 mm`, `6.3in`, `454pt`, `605px`
/// (a decimal comma is read too: `16,5cm`).
///
/// ```swift
/// try Length(parsing: "16cm").pixels   // 604.72…
/// try Length(parsing: "16 furlongs")   // ChartSizeError.unknownUnit
/// ```
public struct Length: Hashable, Sendable, CustomStringConvertible {
    public var value: Double
    public var unit: LengthUnit

    public init(_ value: Double, _ unit: LengthUnit) { self.value = value; self.unit = unit }

    /// The length in CSS pixels (96 per inch), the scene's unit.
    public var pixels: Double { value * unit.pixels }
    /// The length in centimetres.
    public var centimetres: Double { pixels / LengthUnit.cm.pixels }

    /// Reads a number followed by a unit, spaces allowed between them.
    /// - Throws: `ChartSizeError.notALength` without a number, `.missingUnit` without a unit,
    ///   `.unknownUnit` for another unit, `.notPositive` for zero or less.
    public init(parsing text: String) throws(ChartSizeError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numberEnd = trimmed.firstIndex { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "-" || $0 == "+")) }
            ?? trimmed.endIndex
        let numberText = trimmed[..<numberEnd].replacingOccurrences(of: ",", with: ".")
        let unitText = trimmed[numberEnd...].trimmingCharacters(in: .whitespaces).lowercased()
        guard !numberText.isEmpty, let value = Double(numberText), value.isFinite else { throw .notALength(text) }
        guard !unitText.isEmpty else { throw .missingUnit(text) }
        guard let unit = LengthUnit(rawValue: unitText == "inch" || unitText == "inches" ? "in" : unitText) else {
            throw .unknownUnit(unitText, in: text)
        }
        guard value > 0 else { throw .notPositive(text) }
        self.init(value, unit)
    }

    /// `16cm`, `6.3in`: the shortest decimal form, no space.
    public var description: String { Self.number(value) + unit.rawValue }

    /// Up to three decimals, trailing zeros dropped: 16, 10.667, 25.4.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

/// Width over height, written `16:9`, `4:3`, `3:2` or `1:1`.
public struct AspectRatio: Hashable, Sendable, CustomStringConvertible {
    public var width: Double
    public var height: Double

    public init(_ width: Double, _ height: Double) { self.width = width; self.height = height }

    /// Width divided by height.
    public var ratio: Double { width / height }

    /// Widest and tallest accepted: 10:1 and 1:10.
    public static let limits = 0.1...10.0

    /// Reads `W:H` with positive numbers (a decimal point or comma allowed: `1,91:1`).
    /// - Throws: `ChartSizeError.notAnAspect`, or `.aspectOutOfRange` beyond 10:1 or 1:10.
    public init(parsing text: String) throws(ChartSizeError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".") }
        guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w.isFinite, h.isFinite, w > 0, h > 0 else {
            throw .notAnAspect(text)
        }
        guard Self.limits.contains(w / h) else { throw .aspectOutOfRange(text) }
        self.init(w, h)
    }

    public var description: String { Length.number(width) + ":" + Length.number(height) }
}
