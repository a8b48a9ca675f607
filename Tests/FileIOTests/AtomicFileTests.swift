import FileIO
import Foundation
import Testing

@Suite("Atomic writes")
struct AtomicFileTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "fileio-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    @Test("writes the bytes with mode 0644 and leaves no temporary file")
    func writes() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(Array("one".utf8), to: folder + "/a.txt")
        try AtomicFile.write(Data("two".utf8), to: folder + "/a.txt", durable: false)
        #expect(FileManager.default.contents(atPath: folder + "/a.txt") == Data("two".utf8))
        #expect(try names() == ["a.txt"])
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/a.txt")[.posixPermissions] as? Int
        #expect(mode == 0o644)
    }

    @Test("a missing folder is a create error naming the path and the cause")
    func missingFolder() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/missing/a.txt"
        #expect(throws: FileWriteError(.create, path: path, code: ENOENT)) { try AtomicFile.write([1], to: path) }
        #expect(FileWriteError(.create, path: "x.png", code: ENOENT).description == "cannot create 'x.png': no such file or directory")
        #expect(try names().isEmpty)
    }

    @Test("a path naming a folder is refused before anything is created")
    func folderPath() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: FileWriteError(.create, path: folder + "/", code: EISDIR, reason: "the path names a folder")) {
            try AtomicFile.write([1], to: folder + "/")
        }
    }

    @Test("renaming over a folder fails, removes the temporary file and keeps the folder")
    func renameFails() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/taken/inner", withIntermediateDirectories: true)
        #expect(throws: FileWriteError.self) { try AtomicFile.write([1, 2], to: folder + "/taken") }
        #expect(try names() == ["taken"])
    }

    @Test("disk-full and I/O codes are device failures; permission and missing folders are not")
    func deviceFailure() {
        #expect(FileWriteError(.write, path: "p", code: ENOSPC).isDeviceFailure)
        #expect(FileWriteError(.write, path: "p", code: EIO).isDeviceFailure)
        #expect(!FileWriteError(.create, path: "p", code: EACCES).isDeviceFailure)
        #expect(!FileWriteError(.create, path: "p", code: EROFS).isDeviceFailure)
        #expect(FileWriteError(.write, path: "p", code: ENOSPC).description == "cannot write 'p': no space left on device")
    }

    @Test("temporary names are recognised, other dot files are not")
    func temporaryNames() {
        #expect(AtomicFile.isTemporaryName(".report.md.tmp-a1B2c3"))
        #expect(!AtomicFile.isTemporaryName("report.md.tmp-a1B2c3"))
        #expect(!AtomicFile.isTemporaryName(".tradechart-manifest"))
        #expect(!AtomicFile.isTemporaryName(".notes.tmp-ab"))
    }
}
