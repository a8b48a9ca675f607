import Foundation
import Testing
@testable import TradeCharts

@Suite("Briefing pack writer")
struct PackWriterTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "tradechart-pack-\(UUID().uuidString)"
    }

    func contents(_ name: String) -> String? {
        try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    @Test("names that could escape the folder are rejected before anything is written")
    func unsafeNames() {
        for name in ["../x.png", "a/b.png", "", ".hidden", "..", "x\u{0}.png", "Ảnh.png"] {
            #expect(throws: PackError.unsafeName(name)) { try PackWriter.validate(name: name) }
        }
        let writer = PackWriter(directory: folder)
        #expect(throws: PackError.unsafeName("../escape.md")) {
            try writer.write([("ok.md", Data("a".utf8)), ("../escape.md", Data("b".utf8))])
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/ok.md"))
    }

    @Test("a second run replaces its own files without --force")
    func rerun() throws {
        let writer = PackWriter(directory: folder)
        try writer.write([("report.md", Data("one".utf8))])
        try writer.write([("report.md", Data("two".utf8))])
        #expect(contents("report.md") == "two")
    }

    @Test("a file the user wrote or edited is kept unless --force, and the refusal names it")
    func userFiles() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/notes.md"))
        let writer = PackWriter(directory: folder)
        #expect(throws: PackError.wouldOverwrite(directory: folder, files: ["notes.md"])) {
            try writer.write([("report.md", Data("r".utf8)), ("notes.md", Data("x".utf8))])
        }
        #expect(contents("notes.md") == "mine")
        #expect(contents("report.md") == nil, "nothing is written when one file is refused")

        try writer.write([("report.md", Data("r".utf8))])
        try Data("edited by hand".utf8).write(to: URL(fileURLWithPath: folder + "/report.md"))
        #expect(try writer.conflicts(for: ["report.md"]) == ["report.md"])

        try PackWriter(directory: folder, force: true).write([("notes.md", Data("x".utf8))])
        #expect(contents("notes.md") == "x")
    }

    @Test("the refusal message lists three files and counts the rest")
    func message() {
        let error = PackError.wouldOverwrite(directory: "briefing", files: ["a.png", "b.png", "c.png", "d.png", "e.png"])
        #expect(error.description
            == "'briefing' already has a.png, b.png, c.png and 2 more, not written by tradechart or changed since")
    }

    @Test("writing leaves no temporary files and never deletes other files")
    func noLeftovers() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: folder + "/other.txt"))
        try PackWriter(directory: folder).write([("a.csv", Data("1".utf8)), ("b.csv", Data("2".utf8))])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == [".tradechart-manifest", "a.csv", "b.csv", "other.txt"])
    }

    @Test("an unwritable folder gives a one-line reason")
    func unwritable() {
        let writer = PackWriter(directory: "/proc/tradechart-cannot-exist")
        #expect(throws: PackError.self) { try writer.write([("a.csv", Data("1".utf8))]) }
        do {
            try writer.write([("a.csv", Data("1".utf8))])
        } catch {
            #expect("\(error)".hasPrefix("cannot create output folder '/proc/tradechart-cannot-exist': "))
            #expect(!"\(error)".contains("\n"))
        }
    }

    @Test("a rerun removes the files an earlier run wrote and this one does not, never the user's or edited ones")
    func staleFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = PackWriter(directory: folder)
        try writer.write([("report.md", Data("a".utf8)), ("growth.png", Data("g".utf8)), ("investment.png", Data("i".utf8))])
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        try Data("edited".utf8).write(to: URL(fileURLWithPath: folder + "/investment.png"))
        let removed = try writer.write([("report.md", Data("b".utf8))], removingStale: true)
        #expect(removed == ["growth.png"])
        #expect(contents("growth.png") == nil)
        #expect(contents("investment.png") == "edited", "an edited file is the user's now")
        #expect(contents("notes.txt") == "mine")
        #expect(contents(PackWriter.manifestName)?.contains("growth.png") == false)
        #expect(contents(PackWriter.manifestName)?.contains("investment.png") == false)
        #expect(try writer.conflicts(for: ["investment.png"]) == ["investment.png"], "rewriting it now needs --force")
        #expect(try writer.write([("report.md", Data("c".utf8))]).isEmpty, "without removingStale nothing is removed")
    }

    @Test("a run killed during the switch is finished by the next run, which then succeeds without --force")
    func killedDuringSwitch() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = PackWriter(directory: folder)
        try writer.write([("a.md", Data("old a".utf8)), ("b.md", Data("old b".utf8))])
        // What a run killed after renaming a.md leaves: a.md new, b.md and the manifest still staged.
        let staging = folder + "/.tradechart-staging-99999"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        let manifest = ["a.md", "b.md"].map { "\($0)\t" + String(Digest.fnv1a64(Data("new \($0.prefix(1))".utf8)), radix: 16) }
        try Data("new a".utf8).write(to: URL(fileURLWithPath: folder + "/a.md"))
        try Data("new b".utf8).write(to: URL(fileURLWithPath: staging + "/b.md"))
        try Data((manifest.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: staging + "/" + PackWriter.manifestName))
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/.c.md.tmp-Ab12Cd"))
        try writer.write([("a.md", Data("third".utf8)), ("b.md", Data("third".utf8))])
        #expect(contents("a.md") == "third")
        #expect(contents("b.md") == "third")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [PackWriter.manifestName, "a.md", "b.md"])
    }

    @Test("a second writer waits, then fails naming the holder")
    func busy() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        func holdAndTry() throws {
            let held = try PackLock(folder: folder)
            #expect(throws: PackError.self) { try PackLock(folder: folder, wait: 0.1) }
            do {
                _ = try PackLock(folder: folder, wait: 0)
            } catch let error as PackError {
                #expect(error.description.contains("pid \(getpid())"))
            }
            withExtendedLifetime(held) {}
        }
        try holdAndTry()
        #expect(throws: Never.self) { try PackLock(folder: folder, wait: 0) }
    }
}
