// `struct stat` may come to this module through CoreFoundation first; its fields then need it imported.
import CoreFoundation
import Glibc

/// The console's own files (journal, history, log): regular files of the user running the
/// console, readable by that user alone. They are opened without following a symbolic link,
/// created 0600, and checked on the open descriptor before anything is written: a path that
/// names a device, a FIFO, a directory, a link, a file with other hard links or another
/// user's file is refused, and nothing is changed there. A mode is only ever changed on the
/// checked descriptor (`fchmod`), never by path.
public enum PrivateFile {
    /// Why a path cannot be one of the console's files.
    public enum OpenError: Error, Equatable, CustomStringConvertible {
        case symbolicLink(String)
        case notRegularFile(String, kind: String)
        case hardLinked(String, links: Int)
        case ownedByAnotherUser(String, owner: UInt32)
        case system(String, operation: String, errno: Int32)

        public var path: String {
            switch self {
            case .symbolicLink(let path), .notRegularFile(let path, _), .hardLinked(let path, _),
                 .ownedByAnotherUser(let path, _), .system(let path, _, _):
                path
            }
        }

        public var description: String {
            switch self {
            case .symbolicLink(let path): "\(path) is a symbolic link; the console writes only to regular files it can open directly"
            case .notRegularFile(let path, let kind): "\(path) is \(kind), not a regular file"
            case .hardLinked(let path, let links): "\(path) has \(links) hard links; the console writes only to a file of its own"
            case .ownedByAnotherUser(let path, let owner): "\(path) belongs to user \(owner), not to the user running the console"
            case .system(let path, let operation, let code): "cannot \(operation) \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// An open, checked file.
    public struct Opened: Sendable {
        public let descriptor: Int32
        public let size: Int
        /// This open created the file.
        public let created: Bool
        let device: UInt64
        let inode: UInt64
    }

    /// How a file is opened.
    public enum Access: Sendable {
        /// Written at its end (journal, log).
        case append
        /// Read, then rewritten whole (history).
        case readWrite

        var flags: Int32 {
            switch self {
            case .append: O_WRONLY | O_APPEND
            case .readWrite: O_RDWR
            }
        }
    }

    /// Opens `path`, creating it 0600 when missing (with `exclusive`, only creating it);
    /// refuses anything but a regular file of the current user.
    public static func open(_ path: String, for access: Access = .append, exclusive: Bool = false) throws(OpenError) -> Opened {
        // Not opened at all when the path already names something else: opening a device
        // or a FIFO can have effects (or block) by itself.
        var before = stat()
        if lstat(path, &before) == 0 {
            if exclusive { throw .system(path, operation: "create", errno: EEXIST) }
            try check(before, path)
        }
        let common = access.flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK
        var created = true
        var descriptor = Glibc.open(path, common | O_CREAT | O_EXCL, 0o600)
        if descriptor < 0, errno == EEXIST, !exclusive {
            created = false
            descriptor = Glibc.open(path, common)
        }
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP { throw .symbolicLink(path) }
            if code == ENXIO { throw .notRegularFile(path, kind: "a FIFO or a socket") }
            throw .system(path, operation: created ? "create" : "open", errno: code)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw .system(path, operation: "inspect", errno: code)
        }
        do {
            try check(status, path)
        } catch {
            Glibc.close(descriptor)
            throw error
        }
        // Blocking from here on, as an ordinary file descriptor.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        if status.st_mode & 0o077 != 0 { fchmod(descriptor, 0o600) }
        return Opened(descriptor: descriptor, size: Int(status.st_size), created: created, device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// Whether `path` still names the file open as `opened` (nothing was put in its place).
    static func pathStillNames(_ path: String, _ opened: Opened) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        return UInt64(status.st_dev) == opened.device && UInt64(status.st_ino) == opened.inode && isRegular(status)
    }

    /// Whether `path` names a regular file of the current user with one link.
    static func isOwnRegularFile(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        return (try? check(status, path)) != nil
    }

    /// Whether `path` names nothing, or a regular file of the current user with one link.
    static func isOwnRegularFileOrAbsent(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return errno == ENOENT }
        return (try? check(status, path)) != nil
    }

    /// Creates `directory` and its missing parents, each 0700. With `tighten`, an existing
    /// directory of the current user that others may read or enter is made 0700 (the
    /// console's own state directory; never a directory the operator named).
    public static func makeDirectory(_ directory: String, tighten: Bool) throws(OpenError) {
        guard !directory.isEmpty else { return }
        var path = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o700) != 0, errno != EEXIST {
                throw .system(path, operation: "create the directory", errno: errno)
            }
        }
        let descriptor = Glibc.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(directory, operation: "open the directory", errno: errno) }
        defer { Glibc.close(descriptor) }
        guard tighten else { return }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(directory, operation: "inspect", errno: errno) }
        guard status.st_uid == geteuid() else { throw .ownedByAnotherUser(directory, owner: status.st_uid) }
        if status.st_mode & 0o077 != 0 { fchmod(descriptor, 0o700) }
    }

    private static func check(_ status: stat, _ path: String) throws(OpenError) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw .symbolicLink(path)
        case S_IFDIR: throw .notRegularFile(path, kind: "a directory")
        case S_IFCHR: throw .notRegularFile(path, kind: "a character device")
        case S_IFBLK: throw .notRegularFile(path, kind: "a block device")
        case S_IFIFO: throw .notRegularFile(path, kind: "a FIFO")
        case S_IFSOCK: throw .notRegularFile(path, kind: "a socket")
        default: throw .notRegularFile(path, kind: "of an unknown file type")
        }
        if status.st_nlink > 1 { throw .hardLinked(path, links: Int(status.st_nlink)) }
        if status.st_uid != geteuid() { throw .ownedByAnotherUser(path, owner: status.st_uid) }
    }

    private static func isRegular(_ status: stat) -> Bool {
        status.st_mode & S_IFMT == S_IFREG
    }
}
