import Foundation

/// Opens an HTML file in headless Chromium and reports, from inside the page, which images
/// failed to load and which elements' text overflows its box.
struct BrowserCheck {
    struct Result: Decodable {
        var images: Int
        var brokenImages: [String]
        var overflowing: [String]
    }

    /// The Chromium binary, when installed (Debian's `chromium` package).
    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The page script: counts images, lists those not decoded, and every element whose content
    /// is wider than its box (text overflow) or that sticks out of the viewport horizontally.
    static let script = """
    <script>
    window.addEventListener('load', () => {
      const imgs = Array.from(document.images);
      const broken = imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.alt || i.src.slice(0, 40));
      const over = [];
      const vw = document.documentElement.clientWidth;
      for (const el of document.body.querySelectorAll('*')) {
        if (el.tagName === 'SCRIPT') continue;
        const r = el.getBoundingClientRect();
        const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ':' + (el.textContent || '').trim().slice(0, 30);
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) over.push(name);
        if (r.right > vw + 1) over.push('outside-viewport ' + name);
      }
      document.body.setAttribute('data-check', JSON.stringify({images: imgs.length, brokenImages: broken, overflowing: over}));
    });
    </script>
    """

    /// Runs the check on `html` at a given viewport width; throws when Chromium fails.
    static func run(htmlFile: String, width: Int = 1280) throws -> Result {
        guard let chromium else { throw CheckError.noChromium }
        let original = try String(contentsOfFile: htmlFile, encoding: .utf8)
        let folder = (htmlFile as NSString).deletingLastPathComponent
        let probe = folder + "/.browser-check-\(UUID().uuidString).html"
        try original.replacingOccurrences(of: "</body>", with: script + "</body>")
            .write(toFile: probe, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: probe) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--window-size=\(width),900", "--virtual-time-budget=5000", "--dump-dom",
            URL(fileURLWithPath: probe).absoluteString,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let dom = String(decoding: data, as: UTF8.self)
        guard let start = dom.range(of: "data-check=\""),
              let end = dom[start.upperBound...].firstIndex(of: "\"") else {
            throw CheckError.noResult(String(dom.prefix(200)))
        }
        let json = String(dom[start.upperBound..<end])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        return try JSONDecoder().decode(Result.self, from: Data(json.utf8))
    }

    enum CheckError: Error { case noChromium, noResult(String) }
}
