import Foundation
import OfficeClients
import Testing
@testable import OOXML

@Suite struct ZipArchiveTests {
    @Test func entriesReadBackWithTheirBytesInOrder() throws {
        var zip = ZipArchive()
        let xml = Array(String(repeating: "<a>tỷ USD</a>", count: 200).utf8)
        let noise = (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        try zip.add("[Content_Types].xml", xml)
        try zip.add("word/media/image1.png", noise, method: .stored)
        try zip.add("empty.txt", [])
        let reader = try ZipReader(try zip.bytes())
        #expect(reader.paths == ["[Content_Types].xml", "word/media/image1.png", "empty.txt"])
        #expect(reader.entries[0].data == xml)
        #expect(reader.entries[0].method == 8)
        #expect(reader.entries[0].compressedSize < xml.count)
        #expect(reader.entries[1].data == noise)
        #expect(reader.entries[1].method == 0)
        #expect(reader.entries[2].data.isEmpty)
    }

    @Test func everyTimestampIsTheZipEpoch() throws {
        var zip = ZipArchive()
        try zip.add("a.xml", Array("<a/>".utf8))
        try zip.add("b.xml", Array("<b/>".utf8))
        let reader = try ZipReader(try zip.bytes())
        #expect(reader.entries.allSatisfy { $0.date == 0x21 && $0.time == 0 })
    }

    @Test func theSameEntriesGiveTheSameBytes() throws {
        func archive() throws -> [UInt8] {
            var zip = ZipArchive()
            try zip.add("x/y.xml", Array(String(repeating: "abc", count: 999).utf8))
            try zip.add("x/z.bin", [1, 2, 3], method: .stored)
            return try zip.bytes()
        }
        #expect(try archive() == archive())
    }

    @Test func incompressibleDeflatedEntriesAreStored() throws {
        var zip = ZipArchive()
        try zip.add("one.bin", [42])
        let reader = try ZipReader(try zip.bytes())
        #expect(reader.entries[0].method == 0)
        #expect(reader.entries[0].data == [42])
    }

    @Test(arguments: ["", "/abs.xml", "../up.xml", "a/../b.xml", "a//b.xml", "a\\b.xml", "dir/"])
    func unsafePathsAreRefused(path: String) {
        var zip = ZipArchive()
        #expect(throws: ZipError.badPath(path)) { try zip.add(path, [1]) }
    }

    @Test func aPathAddedTwiceIsRefused() throws {
        var zip = ZipArchive()
        try zip.add("a.xml", [1])
        #expect(throws: ZipError.duplicatePath("a.xml")) { try zip.add("a.xml", [2]) }
    }

    @Test(.enabled(if: Tools.path("python3") != nil, "needs python3"))
    func pythonsZipfileReadsTheArchive() throws {
        var zip = ZipArchive()
        try zip.add("mimetype.txt", Array("hello".utf8))
        try zip.add("deep/ẩn/tệp.xml", Array(String(repeating: "<x/>", count: 50).utf8))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ooxml-zip-\(getpid()).zip")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(try zip.bytes()).write(to: file)
        let result = try Tools.run("python3", ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
            + "assert z.testzip() is None; print('\\n'.join(z.namelist()))", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "mimetype.txt\ndeep/ẩn/tệp.xml\n")
    }
}
