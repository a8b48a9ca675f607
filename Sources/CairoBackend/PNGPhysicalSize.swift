/// The physical size written into PNGs (`pHYs`), so a document places the image at the same
/// size whatever the render scale: 96 dpi × scale.
enum PNGPhysicalSize {
    /// Pixels per metre at 96 dpi × `scale`, rounded: 3780 at scale 1, 7559 at scale 2.
    static func pixelsPerMetre(scale: Double) -> UInt32 {
        let value = (96 * scale / 0.0254).rounded()
        return value >= 1 && value < Double(UInt32.max) ? UInt32(value) : 1
    }
}
