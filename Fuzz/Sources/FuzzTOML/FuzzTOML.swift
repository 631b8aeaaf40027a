import FuzzDriver
import SozuConfiguration
import SozuTOML

/// libFuzzer entry point: arbitrary text through the TOML reader and Sōzu's configuration
/// loader. Any crash is a finding; refusals are errors, as they must be. A document that reads
/// must read the same way twice.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let first = try? TOMLTable(parsing: text)
    let second = try? TOMLTable(parsing: text)
    guard first == second || first.map({ hasNaN(.table($0)) }) == true else { fatalError("the same text read two ways") }
    _ = try? SozuConfiguration(parsing: text, path: "/fuzz/config.toml")
    return 0
}

/// NaN is not equal to itself: documents holding one compare unequal to themselves.
private func hasNaN(_ value: TOMLValue) -> Bool {
    switch value {
    case .float(let number): number.isNaN
    case .array(let values): values.contains(where: hasNaN)
    case .table(let table): table.keys.contains { table[$0].map(hasNaN) ?? false }
    default: false
    }
}

@_cdecl("FuzzTOML_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, length in fuzzTOML(start, length) }
}
