/// Small multiples: one panel per value of a column.
///
/// ```yaml
/// facet: partner                 # shorthand for {column: partner}
/// facet: {column: partner, columns: 3, y: free}
/// ```
public struct FacetSpec: Codable, Hashable, Sendable {
    /// The column whose values make the panels (in order of first appearance). Layers whose
    /// table lacks it are drawn in every panel.
    public var column: String
    /// Panels per row; chosen for the count and the canvas when absent.
    public var columns: Int?
    /// The y scale: `shared` by every panel (default) or `free` (each panel its own).
    public var y: FacetScale?

    public init(column: String, columns: Int? = nil, y: FacetScale? = nil) {
        self.column = column; self.columns = columns; self.y = y
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case column, columns, y }

    public init(from decoder: any Decoder) throws {
        if let column = try? decoder.singleValueContainer().decode(String.self) {
            self.init(column: column)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(column: try c.decode(String.self, forKey: .column),
                  columns: try c.decodeIfPresent(Int.self, forKey: .columns),
                  y: try c.decodeIfPresent(FacetScale.self, forKey: .y))
    }

    /// The most panels one chart draws.
    public static let maximumPanels = 36
}

/// Whether panels share a scale.
public enum FacetScale: String, Codable, Hashable, Sendable, CaseIterable {
    case shared
    case free
}
