import Foundation

/// The sizes a chart is commonly placed at, each a width, an aspect and a text scale.
public enum NamedChartSize: String, CaseIterable, Sendable, Hashable {
    /// 16 cm × 12 cm (4:3): the text column of an A4 page with 2.5 cm margins, tall enough for
    /// a briefing chart's notes.
    case a4Column = "a4-column"
    /// 24.7 cm × 13.89 cm (16:9): the text width of a landscape A4 page.
    case a4Landscape = "a4-landscape"
    /// 25 cm × 14.06 cm (16:9): the picture area under a widescreen slide's title, with text a
    /// third larger than print (ticks 12 pt) for reading at a distance.
    case slide
    /// 12 cm × 12 cm: beside text, or two up across a column.
    case square

    public var width: Length {
        switch self {
        case .a4Column: Length(16, .cm)
        case .a4Landscape: Length(24.7, .cm)
        case .slide: Length(25, .cm)
        case .square: Length(12, .cm)
        }
    }

    public var aspect: AspectRatio {
        switch self {
        case .a4Column: AspectRatio(4, 3)
        case .a4Landscape, .slide: AspectRatio(16, 9)
        case .square: AspectRatio(1, 1)
        }
    }

    /// The theme's type sizes are multiplied by this (1 = print: ticks 9 pt, notes 8.25 pt).
    public var textScale: Double { self == .slide ? 4.0 / 3 : 1 }

    /// The size in scene px.
    public var chartSize: ChartSize {
        ChartSize(width: width.pixels, height: width.pixels / aspect.ratio, textScale: textScale)
    }

    /// "a4-column, a4-landscape, slide or square".
    public static var names: String {
        let all = allCases.map(\.rawValue)
        return all.dropLast().joined(separator: ", ") + " or " + (all.last ?? "")
    }
}

/// A size asked for by name, width, height and/or aspect, resolved against a chart's own size.
///
/// - A name sets the width, aspect and text scale; a width, height or aspect given with it
///   replaces that part.
/// - Width and height: both used. Width or height with an aspect: the other side follows.
/// - Only a width or only a height: the aspect of the name, else of the chart's own size, is kept.
/// - Only an aspect: the width of the chart's own size is kept.
/// - Width, height and aspect together: `ChartSizeError.overDetermined`.
///
/// ```swift
/// let request = ChartSizeRequest(width: try Length(parsing: "16cm"), aspect: try AspectRatio(parsing: "4:3"))
/// try request.resolved(.default)   // 604.72 × 453.54 px: 16 cm × 12 cm at 96 px per inch
/// ```
public struct ChartSizeRequest: Hashable, Sendable {
    public var named: NamedChartSize?
    public var width: Length?
    public var height: Length?
    public var aspect: AspectRatio?

    public init(named: NamedChartSize? = nil, width: Length? = nil, height: Length? = nil, aspect: AspectRatio? = nil) {
        self.named = named; self.width = width; self.height = height; self.aspect = aspect
    }

    /// True when nothing is asked: the chart keeps its own size.
    public var isEmpty: Bool { named == nil && width == nil && height == nil && aspect == nil }

    /// The smallest side accepted: 1 cm.
    public static let minimumSide = Length(1, .cm)

    /// `base` (the chart's own size) changed as asked.
    /// - Throws: `ChartSizeError.overDetermined` for width, height and aspect together,
    ///   `.tooSmall` / `.tooLarge` for a side outside 1 cm … 16384 px.
    public func resolved(_ base: ChartSize) throws(ChartSizeError) -> ChartSize {
        if width != nil, height != nil, aspect != nil { throw .overDetermined }
        let start = named?.chartSize ?? base
        let keptAspect = aspect?.ratio ?? start.width / start.height
        var w = start.width, h = start.height
        switch (width?.pixels, height?.pixels) {
        case let (.some(ww), .some(hh)): (w, h) = (ww, hh)
        case let (.some(ww), nil): (w, h) = (ww, ww / keptAspect)
        case let (nil, .some(hh)): (w, h) = (hh * keptAspect, hh)
        case (nil, nil): if aspect != nil { h = w / keptAspect }
        }
        for side in [w, h] {
            if side < Self.minimumSide.pixels { throw .tooSmall(width: w, height: h) }
            if side > ChartSize.maximumSide { throw .tooLarge(width: w, height: h) }
        }
        return ChartSize(width: w, height: h, textScale: named?.textScale ?? base.textScale)
    }
}

/// A size that cannot be read or used; one lowercase line naming the value at fault.
public enum ChartSizeError: Error, Hashable, Sendable, CustomStringConvertible {
    case notALength(String)
    case missingUnit(String)
    case unknownUnit(String, in: String)
    case notPositive(String)
    case notAnAspect(String)
    case aspectOutOfRange(String)
    case unknownName(String)
    case overDetermined
    case tooSmall(width: Double, height: Double)
    case tooLarge(width: Double, height: Double)

    static let units = "cm, mm, in, pt or px"

    public var description: String {
        switch self {
        case .notALength(let text):
            return "'\(text)' is not a length: expected a number and a unit (\(Self.units)), e.g. 16cm"
        case .missingUnit(let text):
            return "'\(text)' has no unit: add one of \(Self.units), e.g. \(text)cm"
        case .unknownUnit(let unit, let text):
            return "unknown unit '\(unit)' in '\(text)': expected \(Self.units), e.g. 16cm"
        case .notPositive(let text):
            return "'\(text)' is not above zero: expected a length such as 16cm"
        case .notAnAspect(let text):
            return "'\(text)' is not an aspect ratio: expected width:height with positive numbers, e.g. 16:9, 4:3, 3:2 or 1:1"
        case .aspectOutOfRange(let text):
            return "aspect ratio '\(text)' is outside 1:10 … 10:1"
        case .unknownName(let text):
            return "unknown size '\(text)': expected \(NamedChartSize.names)"
        case .overDetermined:
            return "a width, a height and an aspect ratio together say the size twice: give two of them"
        case .tooSmall(let w, let h):
            return "a chart of \(Self.centimetres(w)) × \(Self.centimetres(h)) is too small: each side needs at least 1cm"
        case .tooLarge(let w, let h):
            return "a chart of \(Self.centimetres(w)) × \(Self.centimetres(h)) is too large: each side is at most "
                + "\(Int(ChartSize.maximumSide)) px (\(Self.centimetres(ChartSize.maximumSide)))"
        }
    }

    static func centimetres(_ pixels: Double) -> String {
        Length.number(pixels / LengthUnit.cm.pixels) + "cm"
    }
}

extension NamedChartSize {
    /// The size for a name, case-insensitive.
    /// - Throws: `ChartSizeError.unknownName` listing the names.
    public init(parsing text: String) throws(ChartSizeError) {
        guard let size = NamedChartSize(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw .unknownName(text)
        }
        self = size
    }
}
