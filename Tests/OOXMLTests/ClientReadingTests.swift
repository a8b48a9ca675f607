import Foundation
import OfficeClients
import Testing
@testable import OOXML

/// The sample documents opened by real clients. Skipped (not passed) when a client is missing:
/// `make setup-test` installs LibreOffice, poppler-utils and the python-docx/python-pptx venv.
@Suite struct ClientReadingTests {
    @Test(.enabled(if: Clients.hasLibreOffice, "needs LibreOffice and pdftotext (make setup-test)"))
    func libreOfficePrintsTheWordDocument() throws {
        let folder = try Tools.temporaryFolder("docx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.docx")
        try Data(try Samples.word().docx()).write(to: file)
        let text = try Clients.pdfText(of: file, in: folder)
        for expected in ["Trade between Northland and Southland", "4.25 billion USD", "Growth <5 & >3", "Thương mại 2,98 tỷ USD",
                         "Northland Statistics Office, Trade Yearbook 2025.", "Southland Customs, Monthly Bulletin.", "Trade, 2015–2025."] {
            #expect(text.contains(expected), "LibreOffice's PDF lacks '\(expected)'")
        }
    }

    @Test(.enabled(if: Clients.hasLibreOffice, "needs LibreOffice and pdftotext (make setup-test)"))
    func libreOfficePrintsTheSlides() throws {
        let folder = try Tools.temporaryFolder("pptx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.pptx")
        try Data(try Samples.deck().pptx()).write(to: file)
        let text = try Clients.pdfText(of: file, in: folder)
        for expected in ["Trade reached 4.25 billion USD in 2025", "Source: Northland Statistics Office", "4.25 billion USD",
                         "1. Northland Statistics Office, Trade Yearbook 2025", "2. Southland Customs, Monthly Bulletin"] {
            #expect(text.contains(expected), "LibreOffice's PDF lacks '\(expected)'")
        }
        // One page per slide.
        #expect(text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count == 4)
    }

    @Test(.enabled(if: Tools.venvPython != nil, "needs the python-docx venv (make setup-test)"))
    func pythonDocxReadsImagesAltTextAndText() throws {
        let folder = try Tools.temporaryFolder("python-docx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.docx")
        try Data(try Samples.word().docx()).write(to: file)
        let reading = try Clients.readWord(file)
        #expect(reading.images == 2)
        #expect(reading.descriptions == ["Line chart: trade rose from 1.2 to 4.25 billion USD.", "Bar chart of growth rates, 2016–2025."])
        #expect(reading.tables == 1)
        #expect(reading.footnoteParts == 1)
        #expect(reading.paragraphs.first == "Trade between Northland and Southland")
        #expect(reading.paragraphs.contains("1.\tNorthland Statistics Office, Trade Yearbook 2025 — https://stats.example.org/yearbook"))
    }

    @Test(.enabled(if: Tools.venvPython != nil, "needs the python-pptx venv (make setup-test)"))
    func pythonPptxReadsSlidesPicturesAndNotes() throws {
        let folder = try Tools.temporaryFolder("python-pptx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.pptx")
        try Data(try Samples.deck().pptx()).write(to: file)
        let reading = try Clients.readSlides(file)
        #expect(reading.width == SlideDeck.width && reading.height == SlideDeck.height)
        #expect(reading.titles == ["Trade reached 4.25 billion USD in 2025", "Growth slowed to 12.5%", "Key figures", "Sources"])
        #expect(reading.pictures == [["Line chart: trade rose to 4.25 billion USD."], ["Bars of growth."], [], []])
        #expect(reading.notes[0] == "Alt text: line chart.\nFigures: 2025 4.25 billion USD")
        #expect(reading.texts[2].contains("4.25 billion USD"))
    }
}
