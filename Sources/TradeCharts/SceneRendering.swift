import ChartScene

/// Turns a scene into file bytes. The CLI passes an adapter over the Cairo renderer, so this
/// layer never links a drawing library; tests can pass a stub.
public protocol SceneRendering: Sendable {
    /// The scene encoded as `format`; `scale` multiplies PNG pixels.
    func render(_ scene: Scene, format: OutputFormat, scale: Double) throws -> [UInt8]
}
