@testable import OOXML

/// Documents the tests build from data of their own (no report model, no renderer).
enum Samples {
    /// A `width × height` PNG of one colour (8-bit RGB), made with the archive's own zlib.
    static func png(width: Int, height: Int, rgb: (UInt8, UInt8, UInt8) = (31, 111, 180)) throws -> [UInt8] {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            out.be32(UInt32(data.count))
            let body = Array(type.utf8) + data
            out += body
            out.be32(Deflate.crc32(body))
            return out
        }
        var header: [UInt8] = []
        header.be32(UInt32(width)); header.be32(UInt32(height))
        header += [8, 2, 0, 0, 0]
        var raw: [UInt8] = []
        for _ in 0..<height {
            raw.append(0)
            for _ in 0..<width { raw += [rgb.0, rgb.1, rgb.2] }
        }
        // A zlib stream: header, raw deflate, Adler-32.
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in raw { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        var zlib: [UInt8] = [0x78, 0x9c] + (try Deflate.compress(raw))
        zlib.be32(b << 16 | a)
        return [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    static let svg = Array("""
        <svg xmlns="http://www.w3.org/2000/svg" width="80" height="45" viewBox="0 0 80 45"><title>Bars</title>\
        <rect x="10" y="10" width="20" height="30" fill="#1f6fb4"/></svg>
        """.utf8)

    static let properties = DocumentProperties(title: "Trade between Northland and Southland", subject: "Briefing",
                                               creator: "tradechart", language: "en", application: "tradechart")

    static func picture(_ name: String, alt: String, svg: Bool = true) throws -> Picture {
        Picture(png: try png(width: 160, height: 90), svg: svg ? Samples.svg : nil, aspect: 16.0 / 9.0, name: name, description: alt)
    }

    /// Title, a key-figures table with footnotes, two figures, a numbered sources list with a link.
    static func word() throws -> WordDocument {
        WordDocument(properties: properties, blocks: [
            .heading(0, [.text("Trade between Northland and Southland")]),
            .note([.text("Briefing pack — Vietnamese: Thương mại 2,98 tỷ USD; Lao: ການຄ້າ")]),
            .heading(1, [.text("Key figures")]),
            .table(.init(header: ["Figure", "Value", "Source"], rows: [
                [[.text("Two-way trade")], [.text("4.25 billion USD")], [.footnote([.text("Northland Statistics Office, Trade Yearbook 2025.")])]],
                [[.text("Growth <5 & >3")], [.text("12.5%")], [.footnote([.text("Southland Customs, Monthly Bulletin.")])]],
            ], rightAligned: [1])),
            .heading(1, [.text("Charts")]),
            .figure(.init(picture: try picture("trade", alt: "Line chart: trade rose from 1.2 to 4.25 billion USD."),
                          caption: [.italic("Trade, 2015–2025."), .footnote([.text("Northland Statistics Office.")])])),
            .figure(.init(picture: try picture("growth", alt: "Bar chart of growth rates, 2016–2025.", svg: false),
                          caption: [.italic("Growth.")])),
            .heading(1, [.text("Sources")]),
            .numbered([
                [.text("Northland Statistics Office, Trade Yearbook 2025 — "), .link("https://stats.example.org/yearbook", url: "https://stats.example.org/yearbook")],
                [.text("Southland Customs, Monthly Bulletin")],
            ]),
        ])
    }

    /// Two chart slides, a key-figures table slide and a sources slide.
    static func deck() throws -> SlideDeck {
        SlideDeck(properties: properties, slides: [
            .init(title: "Trade reached 4.25 billion USD in 2025", content: .picture(try picture("trade", alt: "Line chart: trade rose to 4.25 billion USD.")),
                  footer: "Source: Northland Statistics Office", notes: ["Alt text: line chart.", "Figures: 2025 4.25 billion USD"]),
            .init(title: "Growth slowed to 12.5%", content: .picture(try picture("growth", alt: "Bars of growth.", svg: false)),
                  footer: "Source: Southland Customs", notes: ["Alt text: bars."]),
            .init(title: "Key figures", content: .table(header: ["Figure", "Value"], rows: [["Two-way trade", "4.25 billion USD"], ["Growth", "12.5%"]],
                                                        rightAligned: [1]), notes: ["Every figure with its source is in figures.csv."]),
            .init(title: "Sources", content: .lines(["Northland Statistics Office, Trade Yearbook 2025", "Southland Customs, Monthly Bulletin"],
                                                    numbered: true, start: 1)),
        ])
    }
}

extension [UInt8] {
    mutating func be32(_ value: UInt32) {
        for shift in stride(from: 24, through: 0, by: -8) { append(UInt8((value >> UInt32(shift)) & 0xff)) }
    }
}
