public import Foundation

/// Runs a program to completion with the given stdin and collects what it printed.
public struct ExternalProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var standardOutput: Data
        public var standardError: String
        public var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
    }

    public static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `environment` is added to this process's own.
    public static func run(_ executable: String, _ arguments: [String], input: Data = Data(), currentDirectory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read concurrently so that large outputs cannot deadlock on full pipes.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorBox = DataBox()
        let errorReader = Thread { errorBox.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errorReader.isExecuting || !errorReader.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, standardOutput: output, standardError: String(decoding: errorBox.data, as: UTF8.self))
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }
}

/// protoc on Proto/command.proto.
public enum Protoc {
    public static var path: String? { ExternalProcess.which("protoc") }

    public static let missingNotice = "protoc is not installed (Resources/setup.sh installs protobuf-compiler): protoc round trips skipped"

    public static func encode(_ text: String, as messageName: String) throws -> ExternalProcess.Result {
        try run(["--encode=\(messageName)", "--deterministic_output"], input: Data(text.utf8))
    }

    public static func decode(_ payload: [UInt8], as messageName: String) throws -> ExternalProcess.Result {
        try run(["--decode=\(messageName)"], input: Data(payload))
    }

    /// The FileDescriptorSet of Proto/command.proto.
    public static func descriptorSet() throws -> Data {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("command-\(UUID().uuidString).pb")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try run(["--descriptor_set_out=\(output.path)"], input: Data())
        guard result.status == 0 else { throw ProtocFailure(message: result.standardError) }
        return try Data(contentsOf: output)
    }

    public struct ProtocFailure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { "protoc failed: \(message)" }
    }

    private static func run(_ arguments: [String], input: Data) throws -> ExternalProcess.Result {
        guard let path else { throw ProtocFailure(message: "protoc not found") }
        let proto = PackagePaths.root.appendingPathComponent("Proto")
        return try ExternalProcess.run(path, ["-I", proto.path] + arguments + [proto.appendingPathComponent("command.proto").path], input: input)
    }
}
