import Foundation
import SozuClient
import SozuTestSupport
import Testing

@Suite("Finding the command socket")
struct SocketLocatorTests {
    @Test("--socket wins over everything, relative to the current directory")
    func socketOptionFirst() throws {
        let locator = SocketLocator(socketOption: "run/sozu.sock", configOption: "/nonexistent.toml",
                                    environment: ["SOZU_SOCKET": "/env.sock"], currentDirectory: "/srv")
        #expect(try locator.locate() == SocketLocation(path: "/srv/run/sozu.sock", source: .socketOption))
    }

    @Test("command_socket is relative to the config file's directory")
    func relativeToConfig() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.file("etc/run"), withIntermediateDirectories: true)
        let config = directory.file("etc/config.toml")
        try "# Sōzu\ncommand_socket = \"./run/sozu.sock\"\nworker_count = 2\n[metrics]\naddress = \"127.0.0.1:8125\"\n"
            .write(toFile: config, atomically: true, encoding: .utf8)
        let located = try SocketLocator(configOption: config, environment: [:], currentDirectory: "/").locate()
        #expect(located == SocketLocation(path: directory.file("etc/run/sozu.sock"), source: .configFile(path: config)))
    }

    @Test("a bare socket name sits beside the config file; an absolute one stays as it is")
    func bareAndAbsolute() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bare = try SocketLocator.socketLocation(inConfig: "command_socket = \"sozu.sock\"", configPath: directory.file("c.toml"), currentDirectory: "/")
        #expect(bare.path == directory.file("sozu.sock"))
        let absolute = try SocketLocator.socketLocation(inConfig: "command_socket = \"/tmp/s.sock\"", configPath: directory.file("c.toml"), currentDirectory: "/")
        #expect(absolute.path == "/tmp/s.sock")
    }

    @Test("without command_socket, Sōzu uses sozu.sock in the current directory")
    func unsetMeansCurrentDirectory() throws {
        let located = try SocketLocator.socketLocation(inConfig: "worker_count = 2\n", configPath: "/etc/sozu/config.toml", currentDirectory: "/var/lib/sozu")
        #expect(located.path == "/var/lib/sozu/sozu.sock")
    }

    @Test("bad TOML names the file and the line")
    func badTOML() throws {
        let text = "worker_count = 2\ncommand_socket = \"unterminated\n"
        #expect {
            try SocketLocator.socketLocation(inConfig: text, configPath: "/etc/sozu/config.toml", currentDirectory: "/")
        } throws: { error in
            guard case .invalidTOML(let path, let line, _, _) = error as? SocketLocatorError else { return false }
            return path == "/etc/sozu/config.toml" && line == 2
                && (error as? SocketLocatorError)?.description.hasPrefix("/etc/sozu/config.toml:2:") == true
        }
    }

    @Test("a command_socket that is not a string is refused")
    func notAString() {
        #expect(throws: SocketLocatorError.invalidCommandSocket(path: "/c.toml", foundType: "integer")) {
            try SocketLocator.socketLocation(inConfig: "command_socket = 4\n", configPath: "/c.toml", currentDirectory: "/")
        }
    }

    @Test("a socket directory that does not exist is refused, as Sōzu refuses it")
    func missingDirectory() {
        #expect(throws: SocketLocatorError.socketDirectoryMissing(configPath: "/c.toml", directory: "/nonexistent-dir")) {
            try SocketLocator.socketLocation(inConfig: "command_socket = \"/nonexistent-dir/s.sock\"\n", configPath: "/c.toml", currentDirectory: "/")
        }
    }

    @Test("a missing config file is named")
    func missingFile() {
        #expect(throws: SocketLocatorError.configFileUnreadable(path: "/nonexistent/config.toml", reason: "no such file")) {
            try SocketLocator(configOption: "/nonexistent/config.toml", environment: [:], currentDirectory: "/").locate()
        }
    }

    @Test("SOZU_SOCKET is used when no option is given")
    func environment() throws {
        let located = try SocketLocator(environment: ["SOZU_SOCKET": "/run/sozu/sozu.sock"], currentDirectory: "/").locate()
        #expect(located == SocketLocation(path: "/run/sozu/sozu.sock", source: .environment))
    }

    @Test("nothing given: the error lists the three ways")
    func nothingGiven() {
        #expect(throws: SocketLocatorError.noSocketGiven) {
            try SocketLocator(environment: [:], currentDirectory: "/").locate()
        }
        #expect(SocketLocatorError.noSocketGiven.description.contains("--socket"))
    }
}
