import Foundation
import SozuTestSupport
import Testing

@testable import SozuTOML

/// The TOML reader against TOML 1.0: what it reads, what it refuses and where, and — when a
/// Python with `tomllib` is at hand — the same verdicts and values as Python's reader on
/// thousands of mangled documents.
@Suite struct TOMLParserTests {
    static let document = #"""
        # A document using most of TOML 1.0.
        title = "TOML \"example\"\u00e9\tend"
        literal = 'C:\Users\nodejs'
        "quoted key" = 1
        'literal key' = 2
        dotted.key.here = true
        multi = """
        Roses are red\
           Violets are blue
        ""quoted""\""""
        raw = '''
        first line
        'quoted' ''\n'''''
        integers = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101]
        floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf]
        dates = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00.999999-07:00, 1979-05-27 07:32:00, 1979-05-27, 07:32:00.5]
        nested = [[1, 2], ["a", 'b'], [{ x = 1 }, { y.z = 2 }], [], [ ], # comment
          3,
        ]
        inline = { name = "api", ports = [80, 443], deep = { a.b = "c" } }

        [server]   # trailing comment
        host = "localhost"

        [server.tls]
        enabled = false

        [[listeners]]
        address = "0.0.0.0:80"

        [[listeners]]
        address = "0.0.0.0:443"
        [listeners.options]
        sticky = "SOZUBALANCEID"

        [a.b.c]
        [a]
        d = 1
        """#

    @Test func readsEveryKindOfValue() throws {
        let table = try TOMLTable(parsing: Self.document)
        #expect(table["title"] == .string("TOML \"example\"é\tend"))
        #expect(table["literal"] == .string(#"C:\Users\nodejs"#))
        #expect(table["quoted key"] == .integer(1) && table["literal key"] == .integer(2))
        #expect(table["dotted"]?.table?["key"]?.table?["here"] == .boolean(true))
        #expect(table["multi"] == .string("Roses are redViolets are blue\n\"\"quoted\"\"\""))
        #expect(table["raw"] == .string("first line\n'quoted' ''\\n''"))
        #expect(table["integers"] == .array([99, 42, 0, -17, 1000, 0xDEAD_BEEF, 0o755, 0b1101].map { .integer($0) }))
        let floatValues = try #require(table["floats"]?.array)
        let floats = floatValues.compactMap(\.double)
        #expect(floats == [1.0, 3.1415, -0.01, 5e22, 1e6, -0.02, 6.626e-34, 224_617.445_991, .infinity, -.infinity])
        #expect(table["dates"]?.array?.map(\.typeName) == Array(repeating: "date-time", count: 5))
        let nested = try #require(table["nested"]?.array)
        #expect(nested.count == 6 && nested[5] == .integer(3))
        #expect(nested[2].array?[1].table?["y"]?.table?["z"] == .integer(2))
        #expect(table["inline"]?.table?["deep"]?.table?["a"]?.table?["b"] == .string("c"))
        #expect(table["server"]?.table?["tls"]?.table?["enabled"] == .boolean(false))
        let listeners = try #require(table["listeners"]?.array)
        #expect(listeners.count == 2)
        #expect(listeners[1].table?["options"]?.table?["sticky"] == .string("SOZUBALANCEID"))
        #expect(table["a"]?.table?["d"] == .integer(1) && table["a"]?.table?["b"]?.table?["c"]?.table?.keys == [])
        #expect(table.keys.prefix(4) == ["title", "literal", "quoted key", "literal key"])
    }

    @Test func readsWindowsLineEndings() throws {
        let table = try TOMLTable(parsing: "a = 1\r\n[b]\r\nc = \"\"\"\r\nx\r\ny\"\"\"\r\n")
        #expect(table["a"] == .integer(1))
        #expect(table["b"]?.table?["c"] == .string("x\ny"))
    }

    static let refusals: [(String, Int, Int, String)] = [
        ("a = 1\na = 2\n", 2, 6, "key 'a' is defined twice"),
        ("[a]\n[a]\n", 2, 4, "table 'a' is defined twice"),
        ("[a]\nb.c = 1\n[a.b]\n", 3, 6, "table 'a.b' is defined twice"),
        ("[a.b]\nx = 1\n[a]\nb.y = 2\n", 4, 8, "'b' cannot be extended with dotted keys"),
        ("a = { b = 1 }\n[a]\n", 2, 4, "'a' is an inline table: it cannot be extended"),
        ("a = { b = 1 }\na.c = 2\n", 2, 8, "'a' cannot be extended with dotted keys"),
        ("[[a]]\n[a]\n", 2, 4, "'a' is an array of tables, not a table"),
        ("a = []\n[[a]]\n", 2, 6, "'a' is already a value (array), not a table"),
        ("[\u{FFFD}listeners]]\n", 1, 2, "expected a key, found a byte 0xef"),
        ("[[\n", 1, 3, "expected a key, found the end of the line"),
        ("x = [1, }\n", 1, 9, "expected a value, found '}'"),
        ("x = [1 2]\n", 1, 8, "expected ',' or ']' in the array, found '2'"),
        ("x = [,]\n", 1, 6, "expected a value, found ','"),
        ("x = { a = 1, }\n", 1, 14, "an inline table cannot end with ','"),
        ("x = { a = 1\n b = 2 }\n", 1, 12, "expected ',' or '}' in the inline table, found the end of the line"),
        ("x = \"abc\n", 1, 9, "a string is not closed before the end of its line"),
        ("x = \"\\q\"\n", 1, 6, "'\\q' is not an escape TOML knows"),
        ("x = \"\\u12\"\n", 1, 6, "\\u needs 4 hexadecimal digits naming a Unicode scalar"),
        ("x = \"\\uD800\"\n", 1, 6, "\\u needs 4 hexadecimal digits naming a Unicode scalar"),
        ("x = 012\n", 1, 5, "'012' is not a number, a date or a time"),
        ("x = 1__0\n", 1, 5, "'1__0' is not a number, a date or a time"),
        ("x = 1.\n", 1, 5, "'1.' is not a number, a date or a time"),
        ("x = 99999999999999999999\n", 1, 5, "'99999999999999999999' is not a number, a date or a time"),
        ("x = 1979-13-27\n", 1, 5, "'1979-13-27' is not a number, a date or a time"),
        ("x = tru\n", 1, 5, "expected a value, found 'tru'"),
        ("x =\n", 1, 4, "expected a value, found the end of the line"),
        ("x = 1 y = 2\n", 1, 7, "expected the end of the line, found 'y'"),
        ("= 1\n", 1, 1, "expected a key, found '='"),
        ("x = 'a\u{7}'\n", 1, 7, "control character U+0007 is not allowed here"),
        ("# bell \u{7}\n", 1, 8, "control character U+0007 is not allowed here"),
        ("\"\"\"key\"\"\" = 1\n", 1, 1, "a key cannot be a multi-line string"),
        ("x = \"\"\"never closed\n", 2, 1, "a multi-line string is not closed"),
    ]

    @Test(arguments: refusals)
    func refusesWithWhere(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        #expect(throws: TOMLError(line: line, column: column, message: message)) { try TOMLTable(parsing: text) }
    }

    /// Python's `tomllib` reads TOML 1.0 too: on mangled documents both readers must agree on
    /// whether each is TOML, and on the values of those that are. Skipped without Python 3.11+.
    @Test(.enabled(if: PythonTOML.isAvailable, "no python3 with tomllib here: the comparison with Python's TOML reader is skipped"))
    func agreesWithPythonsReader() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let seeds = [Self.document, "a = 1\n[b]\nc = [1, 2]\nd = { e = 'f' }\n[[g]]\nh = 1979-05-27\n"]
        var generator = Mangler(seed: ProcessInfo.processInfo.environment["SOZU_TOML_SEED"].flatMap { UInt64($0) } ?? 7)
        let rounds = ProcessInfo.processInfo.environment["SOZU_TOML_ROUNDS"].flatMap { Int($0) } ?? 1_500
        var texts: [String] = []
        for round in 0..<rounds { texts.append(generator.mangle(seeds[round % seeds.count])) }
        let verdicts = try PythonTOML.read(texts, in: directory)
        var agreed = (valid: 0, invalid: 0)
        for (text, python) in zip(texts, verdicts) {
            let ours: String
            do {
                ours = PythonTOML.canonical(.table(try TOMLTable(parsing: text)))
            } catch {
                ours = "invalid"
            }
            #expect(ours == python, "\(text.debugDescription)")
            if ours == python { if ours == "invalid" { agreed.invalid += 1 } else { agreed.valid += 1 } }
        }
        #expect(agreed.valid > 100 && agreed.invalid > 100)
    }
}

/// Changes a document a little, at random but repeatably: lines dropped, doubled or swapped,
/// characters replaced by ones that matter to TOML.
struct Mangler {
    var generator: SplitMix64
    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { generator.next() }

    mutating func mangle(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let alphabet = Array("[]{}=,.\"'#\\ \t0a_-:+eTZ\u{FFFD}".unicodeScalars)
        for _ in 0...Int(next() % 3) {
            guard !lines.isEmpty else { break }
            let index = Int(next() % UInt64(lines.count))
            switch next() % 5 {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines.swapAt(index, Int(next() % UInt64(lines.count)))
            case 3:
                if !lines[index].isEmpty { lines[index].remove(at: Int(next() % UInt64(lines[index].count))) }
            default:
                let at = lines[index].isEmpty ? 0 : Int(next() % UInt64(lines[index].count))
                lines[index].insert(alphabet[Int(next() % UInt64(alphabet.count))], at: at)
            }
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }
}

/// Python's TOML reader, run once over many files, and the canonical text both sides compare.
enum PythonTOML {
    static let script = #"""
        import json, math, sys, tomllib, datetime
        def canon(v):
            if isinstance(v, bool): return "b:" + ("true" if v else "false")
            if isinstance(v, int): return "i:" + str(v)
            if isinstance(v, float):
                if math.isnan(v): return "f:nan"
                if math.isinf(v): return "f:" + ("inf" if v > 0 else "-inf")
                return "f:" + repr(v)
            if isinstance(v, str): return "s:" + json.dumps(v)
            if isinstance(v, (datetime.datetime, datetime.date, datetime.time)): return "d"
            if isinstance(v, list): return "[" + ",".join(canon(x) for x in v) + "]"
            if isinstance(v, dict): return "{" + ",".join(json.dumps(k) + "=" + canon(v[k]) for k in sorted(v)) + "}"
            raise TypeError(type(v))
        for path in sys.argv[1:]:
            try:
                with open(path, "rb") as f: print(canon(tomllib.load(f)))
            except Exception: print("invalid")
        """#

    static var isAvailable: Bool {
        (try? ExternalProcess.run("/usr/bin/env", ["python3", "-c", "import tomllib"]).status) == 0
    }

    static func read(_ texts: [String], in directory: TemporaryDirectory) throws -> [String] {
        var paths: [String] = []
        for (index, text) in texts.enumerated() {
            let path = directory.file("\(index).toml")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let result = try ExternalProcess.run("/usr/bin/env", ["python3", "-c", script] + paths)
        return result.outputText.split(separator: "\n", omittingEmptySubsequences: false).prefix(texts.count).map(String.init)
    }

    static func canonical(_ value: TOMLValue) -> String {
        switch value {
        case .boolean(let flag): return "b:" + (flag ? "true" : "false")
        case .integer(let number): return "i:\(number)"
        case .float(let number):
            if number.isNaN { return "f:nan" }
            if number.isInfinite { return number > 0 ? "f:inf" : "f:-inf" }
            return "f:" + pythonRepr(number)
        case .string(let text): return "s:" + jsonString(text)
        case .dateTime: return "d"
        case .array(let values): return "[" + values.map(canonical).joined(separator: ",") + "]"
        case .table(let table):
            return "{" + table.keys.sorted().map { jsonString($0) + "=" + canonical(table[$0] ?? .boolean(false)) }.joined(separator: ",") + "}"
        }
    }

    /// Python's `repr` of a float: the shortest round-tripping digits, like Swift's, in Python's spelling.
    static func pythonRepr(_ number: Double) -> String {
        var text = "\(number)"
        if let e = text.firstIndex(of: "e") {
            var mantissa = String(text[..<e])
            var exponent = String(text[text.index(after: e)...])
            if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
            let negative = exponent.hasPrefix("-")
            exponent = exponent.trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
            if exponent.count < 2 { exponent = "0" + exponent }
            text = mantissa + "e" + (negative ? "-" : "+") + exponent
        }
        return text
    }

    /// `json.dumps` of a string (ASCII-only, Python's escapes).
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{8}": result += "\\b"
            case "\u{C}": result += "\\f"
            case _ where scalar.value < 0x20 || scalar.value > 0x7e:
                if scalar.value > 0xFFFF {
                    let offset = scalar.value - 0x10000
                    result += String(format: "\\u%04x\\u%04x", 0xD800 + (offset >> 10), 0xDC00 + (offset & 0x3FF))
                } else {
                    result += String(format: "\\u%04x", scalar.value)
                }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
