import Foundation

/// Real clients reading Word and PowerPoint files: LibreOffice (to PDF, then pdftotext) and
/// python-docx / python-pptx from the venv `make setup-test` makes. Shared by the OOXML tests and
/// the end-to-end report tests.
public enum Clients {
    public static var libreOffice: String? { Tools.path("soffice") ?? Tools.path("libreoffice") }
    public static var hasLibreOffice: Bool { libreOffice != nil && Tools.path("pdftotext") != nil }

    /// LibreOffice's PDF of `file` as text (pdftotext, layout off), converted in `folder` with a
    /// profile of its own so tests can convert at the same time.
    public static func pdfText(of file: URL, in folder: URL) throws -> String {
        let office = try require2(libreOffice, "soffice")
        let profile = folder.appendingPathComponent("lo-profile").absoluteString
        let convert = try Tools.run(office, ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf",
                                             "--outdir", folder.path, file.path])
        let pdf = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
        guard convert.status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw ClientError.failed("soffice --convert-to pdf \(file.lastPathComponent): \(convert.status) \(convert.stdout) \(convert.stderr)")
        }
        let text = try Tools.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"])
        guard text.status == 0 else { throw ClientError.failed("pdftotext: \(text.stderr)") }
        return text.stdout
    }

    public static var hasPandoc: Bool { Tools.path("pandoc") != nil }

    /// Runs pandoc in `folder` with `--fail-if-warnings`, so any warning fails the run; the
    /// result carries pandoc's messages.
    public static func pandoc(_ arguments: [String], in folder: URL) throws -> Tools.Result {
        try Tools.run("/bin/sh", ["-c", "cd \"$0\" && exec pandoc --fail-if-warnings \"$@\"", folder.path] + arguments)
    }

    /// What python-docx reads from a .docx: paragraphs' text, inline images and their descriptions.
    public struct WordReading: Decodable {
        public var paragraphs: [String]
        public var images: Int
        public var descriptions: [String]
        public var tables: Int
        public var footnoteParts: Int
    }

    public static func readWord(_ file: URL) throws -> WordReading {
        let script = """
            import docx, json, sys
            d = docx.Document(sys.argv[1])
            descr = [s._inline.docPr.get('descr') or '' for s in d.inline_shapes]
            notes = [r for r in d.part.rels.values() if r.reltype.endswith('/footnotes')]
            print(json.dumps({'paragraphs': [p.text for p in d.paragraphs], 'images': len(d.inline_shapes),
                              'descriptions': descr, 'tables': len(d.tables), 'footnoteParts': len(notes)}))
            """
        return try python(script, file, as: WordReading.self)
    }

    /// What python-pptx reads from a .pptx: per slide its title, picture descriptions and notes.
    public struct SlideReading: Decodable {
        public var width: Int
        public var height: Int
        public var titles: [String]
        public var pictures: [[String]]
        public var notes: [String]
        public var texts: [String]
    }

    public static func readSlides(_ file: URL) throws -> SlideReading {
        let script = """
            import pptx, json, sys
            from pptx.enum.shapes import MSO_SHAPE_TYPE
            p = pptx.Presentation(sys.argv[1])
            titles, pictures, notes, texts = [], [], [], []
            for s in p.slides:
                titles.append(s.shapes.title.text if s.shapes.title is not None else '')
                pictures.append([sh._element.nvPicPr.cNvPr.get('descr') or '' for sh in s.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE])
                notes.append(s.notes_slide.notes_text_frame.text if s.has_notes_slide else '')
                parts = []
                for sh in s.shapes:
                    if sh.has_text_frame: parts.append(sh.text_frame.text)
                    if sh.has_table: parts += [c.text for r in sh.table.rows for c in r.cells]
                texts.append('\\n'.join(parts))
            print(json.dumps({'width': p.slide_width, 'height': p.slide_height, 'titles': titles,
                              'pictures': pictures, 'notes': notes, 'texts': texts}))
            """
        return try python(script, file, as: SlideReading.self)
    }

    private static func python<T: Decodable>(_ script: String, _ file: URL, as type: T.Type) throws -> T {
        let python = try require2(Tools.venvPython, ".venv-ooxml (make setup-test)")
        let result = try Tools.run(python, ["-c", script, file.path])
        guard result.status == 0 else { throw ClientError.failed("python: \(result.stderr)") }
        return try JSONDecoder().decode(T.self, from: Data(result.stdout.utf8))
    }

    public enum ClientError: Error, CustomStringConvertible {
        case failed(String)
        public var description: String { switch self { case .failed(let why): why } }
    }
}

/// The value, or an error naming the missing tool.
private func require2<T>(_ value: T?, _ what: String) throws -> T {
    guard let value else { throw Clients.ClientError.failed("\(what) is not installed") }
    return value
}
