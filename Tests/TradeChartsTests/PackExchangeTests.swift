import Foundation
import FileIO
import Testing
@testable import TradeCharts

/// The one-step switch of `PackWriter` (renameat2 exchange) and its recovery.
@Suite("Briefing pack switch by exchange")
struct PackExchangeTests {
    let parent: String
    var folder: String { parent + "/out" }

    init() throws {
        parent = NSTemporaryDirectory() + "tradechart-exchange-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    }

    func inode(_ path: String) -> UInt64 {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    func write(_ text: String, _ path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func entries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test("the folder is replaced in one step, carrying the user's files and links across unchanged")
    func exchanges() throws {
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let writer = PackWriter(directory: folder)
        try writer.write([("report.md", Data("one".utf8)), ("old.md", Data("old".utf8))])
        try write("mine", folder + "/notes.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/latest", withDestinationPath: "notes.txt")
        #expect(writer.canExchange())
        let (before, notes) = (inode(folder), inode(folder + "/notes.txt"))

        let removed = try writer.write([("report.md", Data("two".utf8))], removingStale: true)

        #expect(removed == ["old.md"])
        #expect(inode(folder) != before, "the folder itself was exchanged")
        #expect(contents(folder + "/report.md") == "two")
        #expect(inode(folder + "/notes.txt") == notes, "the user's file is the same file, not a copy")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/latest") == "notes.txt")
        #expect(entries(folder) == [PackWriter.manifestName, "latest", "notes.txt", "report.md"])
        #expect(entries(parent) == ["out"], "no staged or previous folder is left beside it")
    }

    @Test("a folder with a sub-folder, or the working folder, is switched by renames in place")
    func fallsBack() throws {
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let writer = PackWriter(directory: folder)
        try writer.write([("report.md", Data("one".utf8))])
        try FileManager.default.createDirectory(atPath: folder + "/drafts", withIntermediateDirectories: true)
        try write("draft", folder + "/drafts/a.md")
        #expect(!writer.canExchange())
        let before = inode(folder)
        try writer.write([("report.md", Data("two".utf8))])
        #expect(inode(folder) == before)
        #expect(contents(folder + "/report.md") == "two")
        #expect(contents(folder + "/drafts/a.md") == "draft")
        #expect(entries(folder) == [PackWriter.manifestName, "drafts", "report.md"])
    }

    @Test("a run killed before the exchange leaves the folder untouched; the next run clears its staged folder")
    func killedBeforeExchange() throws {
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let writer = PackWriter(directory: folder)
        try writer.write([("report.md", Data("one".utf8))])
        try write("mine", folder + "/notes.txt")
        let staged = parent + "/.out.tradechart-next-99999"
        try FileManager.default.createDirectory(atPath: staged, withIntermediateDirectories: true)
        try write("half", staged + "/report.md")
        #expect(link(folder + "/notes.txt", staged + "/notes.txt") == 0)

        try writer.write([("report.md", Data("two".utf8))])

        #expect(contents(folder + "/report.md") == "two")
        #expect(contents(folder + "/notes.txt") == "mine")
        #expect(entries(parent) == ["out"])
    }

    @Test("a run killed after the exchange leaves a whole new pack; the next run finishes its tidy-up")
    func killedAfterExchange() throws {
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let writer = PackWriter(directory: folder)
        try writer.write([("report.md", Data("new".utf8))])
        // What the killed run left: the previous folder under the staged name, holding its own
        // pack and a file the user saved there while the run staged; the marker in the folder.
        let previous = parent + "/.out.tradechart-next-4242"
        try FileManager.default.createDirectory(atPath: previous, withIntermediateDirectories: true)
        try write("old", previous + "/report.md")
        try write("old only", previous + "/dropped.md")
        let manifest = ["dropped.md\t" + String(Digest.fnv1a64(Data("old only".utf8)), radix: 16),
                        "report.md\t" + String(Digest.fnv1a64(Data("old".utf8)), radix: 16)]
        try write(manifest.joined(separator: "\n") + "\n", previous + "/" + PackWriter.manifestName)
        try write("saved meanwhile", previous + "/late.txt")
        try write(".out.tradechart-next-4242\n", folder + "/" + PackWriter.switchMarker)

        try writer.write([("report.md", Data("newer".utf8))])

        #expect(contents(folder + "/report.md") == "newer")
        #expect(contents(folder + "/late.txt") == "saved meanwhile", "the user's late file is moved across")
        #expect(!FileManager.default.fileExists(atPath: folder + "/dropped.md"), "the old pack's own file is not")
        #expect(entries(folder) == [PackWriter.manifestName, "late.txt", "report.md"])
        #expect(entries(parent) == ["out"])
    }

    @Test("the staged folder is held from the moment it is exchanged in; the lock is free afterwards")
    func lockFollowsExchange() throws {
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try PackWriter(directory: folder).write([("report.md", Data("one".utf8))])
        let next = parent + "/.out.tradechart-next-1"
        try FileManager.default.createDirectory(atPath: next, withIntermediateDirectories: true)
        do {
            let held = try PackLock(folder: folder)
            try held.adopt(next)
            #expect(try FolderExchange.exchange(next, folder) == .exchanged)
            #expect(throws: PackError.self) { try PackLock(folder: folder, wait: 0.1) }
            withExtendedLifetime(held) {}
        }
        #expect(throws: Never.self) { try PackLock(folder: folder, wait: 0) }
    }

    @Test("the busy message names the holder once, or no holder when its file is unreadable")
    func busyMessage() {
        #expect(PackError.busy("out", holder: nil).description
            == "'out' is being written by another tradechart run; try again when it has finished")
        #expect(PackError.busy("out", holder: "pid 7, started 2026-12-03T10:00:00Z").description
            == "'out' is being written by another tradechart run (pid 7, started 2026-12-03T10:00:00Z); try again when it has finished")
    }
}
