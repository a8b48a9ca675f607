/// The physical size written into PNGs (`pHYs`): the scene's size at 96 scene px per inch,
/// whatever the render scale, so a document places the image at the size its text was set for.
enum PNGPhysicalSize {
    /// Pixels per metre that make `pixels` device pixels span exactly `sceneWidth` scene px (at
    /// 96 per inch): 96 dpi × scale for whole-pixel sizes (3780 at scale 1, 7559 at scale 2),
    /// slightly more where the pixel count was rounded up (16 cm = 604.72 px → 1210 px at scale 2:
    /// 7563). One value for both axes (square pixels, which every reader expects).
    static func pixelsPerMetre(pixels: Int, sceneWidth: Double) -> UInt32 {
        let metres = sceneWidth / 96 * 0.0254
        guard metres > 0, pixels > 0 else { return 1 }
        return clamp(Double(pixels) / metres)
    }

    private static func clamp(_ value: Double) -> UInt32 {
        let rounded = value.rounded()
        return rounded >= 1 && rounded < Double(UInt32.max) ? UInt32(rounded) : 1
    }
}
