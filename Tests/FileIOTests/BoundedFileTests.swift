import FileIO
import Foundation
import Testing

@Suite("Bounded reads")
struct BoundedFileTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "fileio-read-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func file(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test("reads a file up to the limit, refuses one byte more")
    func limit() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = file("a.csv", Array(repeating: 65, count: 100))
        #expect(try BoundedFile.read(path: path, limit: 100).count == 100)
        #expect(throws: FileReadError.tooLarge(path: path, size: 100, limit: 99)) { try BoundedFile.read(path: path, limit: 99) }
        #expect(FileReadError.tooLarge(path: "a", size: 5 << 20, limit: 4 << 20).description
            == "a:1:1: the file is 5 MiB; files here are limited to 4 MiB")
    }

    @Test("missing, folder and special files are told apart")
    func kinds() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: FileReadError.missing(path: folder + "/none")) { try BoundedFile.read(path: folder + "/none", limit: 10) }
        #expect(throws: FileReadError.missing(path: folder + "/none/x")) { try BoundedFile.read(path: folder + "/none/x", limit: 10) }
        #expect(throws: FileReadError.folder(path: folder)) { try BoundedFile.read(path: folder, limit: 10) }
        #expect(throws: FileReadError.notRegular(path: "/dev/null")) { try BoundedFile.read(path: "/dev/null", limit: 10) }
    }

    @Test("text must be UTF-8; the first bad byte is located, UTF-16 is named")
    func text() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try BoundedFile.readText(path: file("ok.txt", Array("tỷ\n".utf8)), limit: 100) == "tỷ\n")
        let bad = file("bad.txt", Array("ab\ncd".utf8) + [0xFF])
        #expect(throws: FileReadError.notText(path: bad, line: 2, column: 3, utf16: false)) { try BoundedFile.readText(path: bad, limit: 100) }
        let wide = file("wide.txt", [0xFF, 0xFE, 0x61, 0])
        #expect(throws: FileReadError.notText(path: wide, line: 1, column: 1, utf16: true)) { try BoundedFile.readText(path: wide, limit: 100) }
    }
}
