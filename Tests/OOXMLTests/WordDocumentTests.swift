import Foundation
import Testing
@testable import OOXML

@Suite struct WordDocumentTests {
    @Test func thePackageHasTheWordPartsAndImages() throws {
        let zip = try ZipReader(try Samples.word().docx())
        #expect(zip.paths.first == "[Content_Types].xml")
        for part in ["_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                     "word/footnotes.xml", "docProps/core.xml", "docProps/app.xml",
                     "word/media/trade-1.png", "word/media/trade-1.svg", "word/media/growth-2.png"] {
            #expect(zip.paths.contains(part), "missing \(part)")
        }
        #expect(!zip.paths.contains("word/media/growth-2.svg"))
        // Images are stored as they are; XML is deflated.
        #expect(zip.entries.filter { $0.path.hasSuffix(".png") }.allSatisfy { $0.method == 0 })
        #expect(zip.entries.first { $0.path == "word/document.xml" }?.method == 8)
    }

    @Test func altTextIsInTheDescriptionFieldAndTheSVGIsAnExtensionOfThePNG() throws {
        let zip = try ZipReader(try Samples.word().docx())
        let document = try #require(zip.text("word/document.xml"))
        #expect(document.contains("<wp:docPr id=\"1\" name=\"trade\" descr=\"Line chart: trade rose from 1.2 to 4.25 billion USD.\"/>"))
        #expect(document.contains("<wp:docPr id=\"2\" name=\"growth\" descr=\"Bar chart of growth rates, 2016–2025.\"/>"))
        let rels = try #require(zip.text("word/_rels/document.xml.rels"))
        #expect(rels.contains("Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/trade-1.png\""))
        #expect(rels.contains("Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/trade-1.svg\""))
        #expect(document.contains("<a:blip r:embed=\"rId4\"><a:extLst><a:ext uri=\"\(DrawingML.svgExtension)\"><asvg:svgBlip"))
        #expect(document.contains("r:embed=\"rId5\"/>"))
        let types = try #require(zip.text("[Content_Types].xml"))
        #expect(types.contains("<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>"))
    }

    @Test func footnotesAreNumberedInOrderAfterTheTwoSeparators() throws {
        let zip = try ZipReader(try Samples.word().docx())
        let notes = try #require(zip.text("word/footnotes.xml"))
        let ids = notes.ranges(of: "<w:footnote ").map { range in
            notes[range.upperBound...].prefix { $0 != ">" }
        }
        #expect(ids.count == 5)
        #expect(ids[0].contains("w:id=\"-1\"") && ids[1].contains("w:id=\"0\""))
        #expect(ids[2...].map { String($0) } == ["w:id=\"1\"", "w:id=\"2\"", "w:id=\"3\""])
        #expect(notes.contains("Southland Customs, Monthly Bulletin."))
        let document = try #require(zip.text("word/document.xml"))
        #expect(document.ranges(of: "<w:footnoteReference w:id=").count == 3)
    }

    @Test func textIsEscapedAndALinkIsAnExternalRelationship() throws {
        let zip = try ZipReader(try Samples.word().docx())
        let document = try #require(zip.text("word/document.xml"))
        #expect(document.contains("Growth &lt;5 &amp; &gt;3"))
        let rels = try #require(zip.text("word/_rels/document.xml.rels"))
        #expect(rels.contains("Target=\"https://stats.example.org/yearbook\" TargetMode=\"External\""))
    }

    @Test func propertiesAreFixedAndTheSameDocumentGivesTheSameBytes() throws {
        let first = try Samples.word().docx()
        #expect(first == (try Samples.word().docx()))
        let core = try #require(try ZipReader(first).text("docProps/core.xml"))
        #expect(core.contains("<dc:title>Trade between Northland and Southland</dc:title>"))
        #expect(!core.contains("dcterms:created"))
    }

    @Test func controlCharactersFromDataAreDropped() throws {
        let document = WordDocument(properties: Samples.properties, blocks: [.paragraph([.text("a\u{1}b\u{7}c\td")])])
        let xml = try #require(try ZipReader(try document.docx()).text("word/document.xml"))
        #expect(xml.contains("<w:t xml:space=\"preserve\">abc</w:t><w:tab/><w:t xml:space=\"preserve\">d</w:t>"))
    }
}

@Suite struct SlideDeckTests {
    @Test func oneSlideAndOneNotesPagePerSlide() throws {
        let zip = try ZipReader(try Samples.deck().pptx())
        let slides = zip.paths.filter { $0.hasPrefix("ppt/slides/slide") && $0.hasSuffix(".xml") }
        let notes = zip.paths.filter { $0.hasPrefix("ppt/notesSlides/notesSlide") && $0.hasSuffix(".xml") }
        #expect(slides.count == 4)
        #expect(notes.count == 4)
        for part in ["ppt/presentation.xml", "ppt/slideMasters/slideMaster1.xml", "ppt/slideLayouts/slideLayout1.xml",
                     "ppt/notesMasters/notesMaster1.xml", "ppt/theme/theme1.xml", "ppt/theme/theme2.xml",
                     "ppt/media/slide1-trade.png", "ppt/media/slide1-trade.svg", "ppt/media/slide2-growth.png"] {
            #expect(zip.paths.contains(part), "missing \(part)")
        }
        let presentation = try #require(zip.text("ppt/presentation.xml"))
        #expect(presentation.contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"))
        #expect(presentation.ranges(of: "<p:sldId ").count == 4)
    }

    @Test func aChartSlideHasTitlePictureWithAltTextSourceAndNotes() throws {
        let zip = try ZipReader(try Samples.deck().pptx())
        let slide = try #require(zip.text("ppt/slides/slide1.xml"))
        #expect(slide.contains("<a:t>Trade reached 4.25 billion USD in 2025</a:t>"))
        #expect(slide.contains("descr=\"Line chart: trade rose to 4.25 billion USD.\""))
        #expect(slide.contains("<a:t>Source: Northland Statistics Office</a:t>"))
        #expect(slide.contains("<asvg:svgBlip"))
        let notes = try #require(zip.text("ppt/notesSlides/notesSlide1.xml"))
        #expect(notes.contains("<a:t>Alt text: line chart.</a:t>"))
        #expect(notes.contains("<a:t>Figures: 2025 4.25 billion USD</a:t>"))
        let rels = try #require(zip.text("ppt/notesSlides/_rels/notesSlide1.xml.rels"))
        #expect(rels.contains("Target=\"../slides/slide1.xml\""))
    }

    @Test func thePictureKeepsItsAspectInsideTheContentArea() throws {
        let slide = try #require(try ZipReader(try Samples.deck().pptx()).text("ppt/slides/slide1.xml"))
        // 16:9 in a 14.1 cm tall area: 25.07 cm × 14.1 cm, centred.
        let height = SlideParts.contentBottom - SlideParts.contentTop
        let width = Int((Double(height) * 16 / 9).rounded())
        #expect(slide.contains("<a:off x=\"\((SlideDeck.width - width) / 2)\" y=\"\(SlideParts.contentTop)\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/>"))
    }

    @Test func theKeyFiguresSlideIsATable() throws {
        let slide = try #require(try ZipReader(try Samples.deck().pptx()).text("ppt/slides/slide3.xml"))
        #expect(slide.contains("<a:tbl>"))
        #expect(slide.ranges(of: "<a:tr ").count == 3)
        #expect(slide.contains("<a:pPr algn=\"r\"><a:buNone/></a:pPr><a:r><a:rPr lang=\"en\" sz=\"1300\"><a:latin typeface=\"Noto Sans\"/>"))
    }

    @Test func theSameDeckGivesTheSameBytes() throws {
        #expect(try Samples.deck().pptx() == Samples.deck().pptx())
    }
}
