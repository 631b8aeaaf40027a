import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a socket path, read without connecting.
enum SocketFile {
    /// sun_path holds this many bytes, the terminating NUL included.
    static let maximumPathBytes: Int = MemoryLayout.size(ofValue: sockaddr_un().sun_path) - 1

    struct Status {
        var isSocket: Bool
        var fileType: String
        var mode: UInt32
        var uid: uid_t
        var gid: gid_t
        var device: UInt64
        var inode: UInt64

        /// The owner with names: looked up only to explain a refusal, never on a connection's
        /// way (on LDAP/SSSD hosts a look-up goes to the network).
        var owner: SocketFileOwner { SocketFile.owner(uid: uid, gid: gid) }
    }

    /// How many user and group look-ups were made (tests check that connecting makes none).
    static let nameLookups = Atomic<Int>(0)

    /// The file's status, or nil when nothing is there; other failures throw.
    static func status(at path: String) throws(CommandSocketError) -> Status? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return nil }
            throw .system(operation: "stat", path: path, errno: code, description: describe(errno: code))
        }
        let mode = UInt32(info.st_mode)
        return Status(
            isSocket: mode & UInt32(S_IFMT) == UInt32(S_IFSOCK),
            fileType: fileTypeName(mode: mode),
            mode: mode,
            uid: info.st_uid,
            gid: info.st_gid,
            device: UInt64(info.st_dev),
            inode: UInt64(info.st_ino)
        )
    }

    static func checkLength(of path: String) throws(CommandSocketError) {
        if path.utf8.count > maximumPathBytes {
            throw .pathTooLong(path: path, maximumBytes: maximumPathBytes)
        }
    }

    static func fileTypeName(mode: UInt32) -> String {
        switch mode & UInt32(S_IFMT) {
        case UInt32(S_IFREG): "regular file"
        case UInt32(S_IFDIR): "directory"
        case UInt32(S_IFLNK): "symbolic link"
        case UInt32(S_IFIFO): "named pipe"
        case UInt32(S_IFCHR): "character device"
        case UInt32(S_IFBLK): "block device"
        case UInt32(S_IFSOCK): "socket"
        default: "file of unknown type"
        }
    }

    static func owner(uid: uid_t, gid: gid_t) -> SocketFileOwner {
        nameLookups.add(1, ordering: .relaxed)
        var owner = SocketFileOwner(uid: UInt32(uid), gid: UInt32(gid))
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            owner.userName = String(cString: name)
        }
        if let entry = getgrgid(gid), let name = entry.pointee.gr_name {
            owner.groupName = String(cString: name)
        }
        return owner
    }

    static func describe(errno code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Turns a failed connect's errno into the error an operator can act on.
    static func connectError(errno code: Int32, path: String) -> CommandSocketError {
        switch code {
        case ENOENT:
            return .noSuchSocket(path: path)
        case ECONNREFUSED:
            // A file that is no socket refuses too: its type is read only now, to say so.
            if let status = try? status(at: path), !status.isSocket, status.fileType != "symbolic link" {
                return .notASocket(path: path, fileType: status.fileType)
            }
            return .connectionRefused(path: path)
        case EACCES, EPERM:
            if let status = try? status(at: path) {
                return .permissionDenied(path: path, owner: status.owner, mode: status.mode)
            }
            return .system(operation: "connect to", path: path, errno: code, description: describe(errno: code))
        case ENOTSOCK:
            let type = (try? status(at: path))?.fileType ?? "file"
            return .notASocket(path: path, fileType: type)
        default:
            return .system(operation: "connect to", path: path, errno: code, description: describe(errno: code))
        }
    }
}
