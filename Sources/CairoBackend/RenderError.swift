/// Why rendering a chart failed (writing it fails with FileIO's `FileWriteError`).
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// The canvas width or height, in device pixels, is above `limit`.
    case canvasTooLarge(width: Int, height: Int, limit: Int)
    /// The scene size is zero, negative or not finite.
    case invalidCanvas(width: Double, height: Double)
    /// The scale factor is zero, negative or not finite.
    case invalidScale(Double)
    /// Cairo reported an error while doing `operation`; `status` is `cairo_status_to_string`'s text.
    case cairo(operation: String, status: String)
    /// Pango could not provide an object it needs.
    case pango(String)

    public var description: String {
        switch self {
        case .canvasTooLarge(let width, let height, let limit):
            return "canvas \(width)×\(height) px is too large (limit \(limit) px a side)"
        case .invalidCanvas(let width, let height):
            return "canvas \(width)×\(height) is invalid (width and height must be positive and finite)"
        case .invalidScale(let scale):
            return "scale \(scale) is invalid (use a positive number such as 1 or 2)"
        case .cairo(let operation, let status):
            return "cairo could not \(operation): \(status)"
        case .pango(let what):
            return "pango could not \(what)"
        }
    }
}
