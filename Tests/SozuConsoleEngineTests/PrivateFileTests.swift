import Foundation
// `struct stat` may come to this module through CoreFoundation or CDispatch first (which one depends on
// the other imports of the module); its fields then need that module imported.
import CoreFoundation
import CDispatch
import Glibc
import SozuConsoleEngine
import SozuTestSupport
import Testing

/// The journal (and the history and log, which open files the same way) never writes through a
/// link, never changes or moves what is not its own regular file, and says why.
@Suite("The console's private files", .serialized)
struct PrivateFileTests {
    static func status(_ path: String) -> stat? {
        var result = stat()
        return lstat(path, &result) == 0 ? result : nil
    }

    static func mode(_ path: String) -> mode_t? {
        status(path).map { $0.st_mode & 0o7777 }
    }

    @Test("a character device is refused and left as it was (as root: a real device node; else /dev/null, only read)")
    func device() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var path = "/dev/null"
        if geteuid() == 0 {
            path = directory.file("null")
            // The same device as /dev/null, mode 0666, as in the report.
            try #require(mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
            chmod(path, 0o666)
        }
        let before = try #require(Self.status(path))
        #expect(throws: PrivateFile.OpenError.notRegularFile(path, kind: "a character device")) {
            try Journal(path: path)
        }
        let after = try #require(Self.status(path))
        #expect(after.st_mode == before.st_mode)
        #expect(after.st_rdev == before.st_rdev)
    }

    @Test("a symbolic link is refused: its target is neither changed nor written")
    func symbolicLink() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let target = directory.file("target")
        try "precious\n".write(toFile: target, atomically: false, encoding: .utf8)
        chmod(target, 0o644)
        let link = directory.file("journal.jsonl")
        try #require(symlink(target, link) == 0)
        #expect(throws: PrivateFile.OpenError.symbolicLink(link)) { try Journal(path: link) }
        #expect(Self.mode(target) == 0o644)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
        // A dangling link is not followed to create its target either.
        let dangling = directory.file("dangling")
        try #require(symlink(directory.file("nowhere"), dangling) == 0)
        #expect(throws: PrivateFile.OpenError.symbolicLink(dangling)) { try Journal(path: dangling) }
        #expect(Self.status(directory.file("nowhere")) == nil)
    }

    @Test("a FIFO, a directory and a hard-linked file are refused with what they are")
    func otherKinds() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fifo = directory.file("fifo")
        try #require(mkfifo(fifo, 0o666) == 0)
        // Refused at once: opening a FIFO for writing would wait for a reader.
        #expect(throws: PrivateFile.OpenError.notRegularFile(fifo, kind: "a FIFO")) { try Journal(path: fifo) }
        let folder = directory.file("folder")
        try #require(mkdir(folder, 0o755) == 0)
        #expect(throws: PrivateFile.OpenError.notRegularFile(folder, kind: "a directory")) { try Journal(path: folder) }
        let original = directory.file("original")
        try "x\n".write(toFile: original, atomically: false, encoding: .utf8)
        let second = directory.file("second")
        try #require(link(original, second) == 0)
        #expect(throws: PrivateFile.OpenError.hardLinked(second, links: 2)) { try Journal(path: second) }
        #expect(try String(contentsOfFile: original, encoding: .utf8) == "x\n")
    }

    @Test("another user's file is refused (as root: a file given to nobody)", .enabled(if: geteuid() == 0))
    func anotherUsersFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.jsonl")
        try "theirs\n".write(toFile: path, atomically: false, encoding: .utf8)
        try #require(chown(path, 65534, 65534) == 0)
        #expect(throws: PrivateFile.OpenError.ownedByAnotherUser(path, owner: 65534)) { try Journal(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "theirs\n")
    }

    @Test("a new journal is created 0600; an existing one of the user's is made 0600 through its descriptor")
    func modes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fresh = directory.file("new/journal.jsonl")
        _ = try Journal(path: fresh)
        #expect(Self.mode(fresh) == 0o600)
        #expect(Self.mode(directory.file("new")) == 0o700)
        let existing = directory.file("existing.jsonl")
        try "{}\n".write(toFile: existing, atomically: false, encoding: .utf8)
        chmod(existing, 0o666)
        let journal = try Journal(path: existing)
        journal.recordNotice("appended")
        #expect(Self.mode(existing) == 0o600)
        let text = try String(contentsOfFile: existing, encoding: .utf8)
        #expect(text.hasPrefix("{}\n{"))
    }

    @Test("the console's own state directory is made 0700; a directory the operator named is left as it is")
    func directories() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let state = directory.file("state/sozu-console")
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        chmod(state, 0o755)
        try PrivateFile.makeDirectory(state, tighten: true)
        #expect(Self.mode(state) == 0o700)
        let shared = directory.file("shared")
        try #require(mkdir(shared, 0o755) == 0)
        chmod(shared, 0o755)
        _ = try Journal(path: shared + "/journal.jsonl")
        #expect(Self.mode(shared) == 0o755)
    }

    @Test("rotation moves only the file the journal opened: a link put in its place is neither moved nor written")
    func rotationLeavesWhatReplacedTheFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.jsonl")
        let journal = try Journal(path: path, maximumSize: 4096, keptRotations: 2)
        journal.recordNotice("first")
        // Someone swaps the journal's path for a link to a file of theirs.
        let victim = directory.file("victim")
        try "victim\n".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.moveItem(atPath: path, toPath: directory.file("moved-away"))
        try #require(symlink(victim, path) == 0)
        for index in 0..<200 { journal.recordNotice("notice \(index) with padding to pass the rotation size") }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "victim\n")
        #expect(Self.status(path).map { $0.st_mode & S_IFMT } == S_IFLNK)
        #expect(Self.status(path + ".1") == nil)
        // Nothing was lost: the journal kept writing to the file it had open.
        let kept = try String(contentsOfFile: directory.file("moved-away"), encoding: .utf8)
        #expect(kept.contains("notice 199 "))
    }

    @Test("every line names the run and the target; a new journal object is a new run")
    func runAndTarget() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.jsonl")
        let first = try Journal(path: path)
        first.recordNotice("one", target: "/run/sozu.sock")
        let second = try Journal(path: path)
        second.recordNotice("two", target: "/run/sozu.sock")
        #expect(first.run != second.run)
        let entries = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(entries.map { $0["run"] as? String } == [first.run, second.run])
        #expect(entries.allSatisfy { $0["target"] as? String == "/run/sozu.sock" })
    }
}
