import ChartScene
import Foundation

/// WCAG 2 relative luminance and contrast, used to keep role colours legible on a theme's background.
extension Color {
    /// WCAG relative luminance (0 black … 1 white) of the opaque colour.
    public var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG contrast ratio with `other` (1…21).
    public func contrast(with other: Color) -> Double {
        let a = luminance, b = other.luminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}

extension Theme {
    /// `color` as text colour: moved towards the theme's text colour until it has at least 4.5:1
    /// contrast on the background (a light role colour stays recognisable but readable).
    func textSafe(_ color: Color) -> Color {
        var c = color.withAlpha(1)
        var step = 0.0
        while c.contrast(with: background) < 4.5, step < 1 {
            step += 0.1
            c = color.withAlpha(1).mixed(with: text, amount: step)
        }
        return c
    }
}
