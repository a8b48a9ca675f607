import CCairo

/// Bytes written by a Cairo stream surface or PNG writer.
final class ByteSink {
    var bytes: [UInt8] = []

    /// An opaque pointer for Cairo's `closure` argument; valid while `self` is alive.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Cairo's `cairo_write_func_t`, appending to the sink passed as `closure`.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let data, length > 0 {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }
}

/// Throws when `status` is not success, naming `operation`.
func check(_ status: cairo_status_t, _ operation: String) throws(RenderError) {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    let text = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
    throw RenderError.cairo(operation: operation, status: text)
}

/// An owned `cairo_surface_t`, destroyed with the wrapper. Keeps its stream sink alive.
final class CairoSurface {
    let raw: OpaquePointer
    /// Where a stream surface (SVG, PDF) writes; `nil` for an image surface.
    let sink: ByteSink?

    private init(raw: OpaquePointer, sink: ByteSink?, operation: String) throws(RenderError) {
        self.raw = raw
        self.sink = sink
        try check(cairo_surface_status(raw), operation)
    }

    deinit { cairo_surface_destroy(raw) }

    /// An image surface of `width`×`height` device pixels; opaque (RGB24) when `opaque`.
    static func image(width: Int32, height: Int32, opaque: Bool) throws(RenderError) -> CairoSurface {
        let format = opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32
        guard let raw = cairo_image_surface_create(format, width, height) else {
            throw RenderError.cairo(operation: "create an image surface", status: "out of memory")
        }
        return try CairoSurface(raw: raw, sink: nil, operation: "create an image surface")
    }

    /// An SVG surface whose document unit is CSS px; `width`/`height` are written as px.
    static func svg(width: Double, height: Double) throws(RenderError) -> CairoSurface {
        let sink = ByteSink()
        guard let raw = cairo_svg_surface_create_for_stream(ByteSink.write, sink.closure, width, height) else {
            throw RenderError.cairo(operation: "create an svg surface", status: "out of memory")
        }
        let surface = try CairoSurface(raw: raw, sink: sink, operation: "create an svg surface")
        cairo_svg_surface_set_document_unit(raw, CAIRO_SVG_UNIT_PX)
        return surface
    }

    /// A PDF surface of `width`×`height` points.
    static func pdf(width: Double, height: Double) throws(RenderError) -> CairoSurface {
        let sink = ByteSink()
        guard let raw = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, width, height) else {
            throw RenderError.cairo(operation: "create a pdf surface", status: "out of memory")
        }
        return try CairoSurface(raw: raw, sink: sink, operation: "create a pdf surface")
    }

    /// Sets one PDF metadata entry (title, creator, dates...).
    func setPDFMetadata(_ key: cairo_pdf_metadata_t, _ value: String) throws(RenderError) {
        cairo_pdf_surface_set_metadata(raw, key, value)
        try check(cairo_surface_status(raw), "set pdf metadata")
    }

    /// Flushes a stream surface to its sink and returns what it wrote.
    func finish() throws(RenderError) -> [UInt8] {
        cairo_surface_finish(raw)
        try check(cairo_surface_status(raw), "finish the document")
        return sink?.bytes ?? []
    }
}

/// An owned `cairo_t`, holding a strong reference to its surface.
final class CairoContext {
    let raw: OpaquePointer
    let surface: CairoSurface

    init(_ surface: CairoSurface) throws(RenderError) {
        guard let raw = cairo_create(surface.raw) else {
            throw RenderError.cairo(operation: "create a drawing context", status: "out of memory")
        }
        self.raw = raw
        self.surface = surface
        try check(cairo_status(raw), "create a drawing context")
    }

    deinit { cairo_destroy(raw) }

    /// Throws the context's error status, if drawing failed at any point.
    func checkStatus(_ operation: String) throws(RenderError) {
        try check(cairo_status(raw), operation)
    }
}
