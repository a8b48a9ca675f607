/// An sRGB colour with alpha, components 0...1.
public struct Color: Hashable, Sendable, Codable {
    public var red, green, blue, alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    /// `Color(hex: 0xE69F00)`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    public func withAlpha(_ alpha: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: alpha) }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
}

public enum LineCap: String, Hashable, Sendable, Codable { case butt, round, square }
public enum LineJoin: String, Hashable, Sendable, Codable { case miter, round, bevel }

public struct Stroke: Hashable, Sendable, Codable {
    public var color: Color
    public var width: Double
    /// Dash lengths (on, off, ...); empty for solid.
    public var dash: [Double]
    public var cap: LineCap
    public var join: LineJoin

    public init(color: Color, width: Double = 1, dash: [Double] = [], cap: LineCap = .butt, join: LineJoin = .miter) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// Diagonal hatching drawn inside a filled shape (for greyscale-safe print themes).
public struct Hatch: Hashable, Sendable, Codable {
    public var color: Color
    public var spacing: Double
    /// Degrees, 0 = horizontal lines, 45 = rising diagonals.
    public var angle: Double
    public var lineWidth: Double

    public init(color: Color, spacing: Double = 6, angle: Double = 45, lineWidth: Double = 1) {
        self.color = color; self.spacing = spacing; self.angle = angle; self.lineWidth = lineWidth
    }
}

public enum FontWeight: String, Hashable, Sendable, Codable { case regular, medium, bold }

public struct Font: Hashable, Sendable, Codable {
    /// A comma-separated family list, e.g. "Noto Sans, Noto Sans Lao".
    public var family: String
    /// Size in scene units (px).
    public var size: Double
    public var weight: FontWeight
    public var italic: Bool

    public init(family: String = Font.defaultFamily, size: Double, weight: FontWeight = .regular, italic: Bool = false) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
    }

    /// Covers Latin, Vietnamese and Lao with Noto fonts.
    public static let defaultFamily = "Noto Sans, Noto Sans Lao"
}
