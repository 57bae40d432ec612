/// A reader for the part of TOML a Folio config file uses, keeping where each value was written.
///
/// Tables (`[keys.reading]`), `key = value` lines with bare or quoted keys,
/// strings (basic with escapes, literal), integers, booleans, arrays and inline
/// tables, `#` comments. Anything else (floats, dates, multi-line strings,
/// arrays of tables) is an error naming its line and column, never a guess.
public enum TOMLSubset {
    /// A value as written.
    public indirect enum Value: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case array([Value])
        case table([(key: String, value: Value)])

        public static func == (lhs: Value, rhs: Value) -> Bool {
            switch (lhs, rhs) {
            case (.string(let a), .string(let b)): a == b
            case (.integer(let a), .integer(let b)): a == b
            case (.boolean(let a), .boolean(let b)): a == b
            case (.array(let a), .array(let b)): a == b
            case (.table(let a), .table(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
            default: false
            }
        }
    }

    /// One `key = value`: its full dotted path (table names first), value and position (1-based).
    public struct Entry: Equatable, Sendable {
        public var path: [String]
        public var value: Value
        public var line: Int
        public var column: Int
    }

    /// A syntax error at a 1-based line and column.
    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// The entries of `text` in order, or the first syntax error.
    public static func parse(_ text: String) -> Result<[Entry], SyntaxError> {
        var entries: [Entry] = []
        var table: [String] = []
        var seen: Set<String> = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var cursor = Cursor(Array(rawLine.unicodeScalars), line: index + 1)
            cursor.skipSpaces()
            if cursor.atEnd || cursor.peek == "#" { continue }
            do {
                if cursor.peek == "[" {
                    cursor.advance()
                    if cursor.peek == "[" { throw cursor.error("arrays of tables ([[…]]) are not used in Folio's config") }
                    cursor.skipSpaces()
                    table = try cursor.keyPath()
                    cursor.skipSpaces()
                    try cursor.expect("]")
                } else {
                    let column = cursor.column
                    let key = try cursor.keyPath()
                    cursor.skipSpaces()
                    try cursor.expect("=")
                    cursor.skipSpaces()
                    let value = try cursor.value()
                    let path = table + key
                    let name = path.joined(separator: ".")
                    guard seen.insert(name).inserted else {
                        throw SyntaxError(line: index + 1, column: column, message: "\(name) is set twice")
                    }
                    entries.append(Entry(path: path, value: value, line: index + 1, column: column))
                }
                cursor.skipSpaces()
                if !cursor.atEnd, cursor.peek != "#" { throw cursor.error("unexpected text after the value") }
            } catch let error as SyntaxError {
                return .failure(error)
            } catch {
                return .failure(SyntaxError(line: index + 1, column: 1, message: "unreadable line"))
            }
        }
        return .success(entries)
    }

    /// A position in one line and the reading steps.
    struct Cursor {
        let scalars: [Unicode.Scalar]
        let line: Int
        var index = 0

        init(_ scalars: [Unicode.Scalar], line: Int) {
            // A CR before the newline belongs to the line ending.
            self.scalars = scalars.last == "\r" ? Array(scalars.dropLast()) : scalars
            self.line = line
        }

        var atEnd: Bool { index >= scalars.count }
        var peek: Unicode.Scalar? { atEnd ? nil : scalars[index] }
        var column: Int { index + 1 }

        mutating func advance() { index += 1 }

        mutating func skipSpaces() {
            while let scalar = peek, scalar == " " || scalar == "\t" { advance() }
        }

        func error(_ message: String) -> SyntaxError {
            SyntaxError(line: line, column: column, message: message)
        }

        mutating func expect(_ scalar: Unicode.Scalar) throws {
            guard peek == scalar else { throw error("expected \(scalar)") }
            advance()
        }

        /// `a.b."c d"`: bare keys (letters, digits, `_`, `-`) or quoted ones, joined by dots.
        mutating func keyPath() throws -> [String] {
            var path: [String] = []
            repeat {
                skipSpaces()
                if peek == "\"" || peek == "'" {
                    path.append(try string())
                } else {
                    var key = ""
                    while let scalar = peek, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" {
                        key.unicodeScalars.append(scalar)
                        advance()
                    }
                    guard !key.isEmpty else { throw error("expected a key") }
                    path.append(key)
                }
                skipSpaces()
                guard peek == "." else { return path }
                advance()
            } while true
        }

        /// A string, integer, boolean, array or inline table.
        mutating func value() throws -> Value {
            guard let scalar = peek else { throw error("expected a value") }
            switch scalar {
            case "\"", "'": return .string(try string())
            case "[":
                advance()
                var items: [Value] = []
                while true {
                    skipSpaces()
                    if peek == "]" { advance(); return .array(items) }
                    items.append(try value())
                    skipSpaces()
                    if peek == "," { advance(); continue }
                    guard peek == "]" else { throw error("expected , or ] (arrays are written on one line)") }
                }
            case "{":
                advance()
                var fields: [(key: String, value: Value)] = []
                while true {
                    skipSpaces()
                    if peek == "}" { advance(); return .table(fields) }
                    let key = try keyPath().joined(separator: ".")
                    skipSpaces()
                    try expect("=")
                    skipSpaces()
                    fields.append((key, try value()))
                    skipSpaces()
                    if peek == "," { advance(); continue }
                    guard peek == "}" else { throw error("expected , or }") }
                }
            default:
                var word = ""
                while let next = peek, !" \t,]}#".unicodeScalars.contains(next) {
                    word.unicodeScalars.append(next)
                    advance()
                }
                if word == "true" { return .boolean(true) }
                if word == "false" { return .boolean(false) }
                if let number = Int(word.filter { $0 != "_" }) { return .integer(number) }
                throw SyntaxError(line: line, column: column - word.unicodeScalars.count,
                                  message: word.isEmpty ? "expected a value" : "\(word) is not a string, number, true or false")
            }
        }

        /// A basic string ("…" with \\ \" \n \t \u escapes) or a literal one ('…').
        mutating func string() throws -> String {
            let quote = peek!
            let start = column
            advance()
            if peek == quote, index + 1 < scalars.count, scalars[index + 1] == quote {
                throw error("multi-line strings are not used in Folio's config")
            }
            var text = ""
            while let scalar = peek {
                advance()
                if scalar == quote { return text }
                if scalar == "\\" && quote == "\"" {
                    guard let escaped = peek else { break }
                    advance()
                    switch escaped {
                    case "\\": text += "\\"
                    case "\"": text += "\""
                    case "n": text += "\n"
                    case "t": text += "\t"
                    case "u", "U":
                        let count = escaped == "u" ? 4 : 8
                        guard index + count <= scalars.count,
                              let value = UInt32(String(String.UnicodeScalarView(scalars[index..<(index + count)])), radix: 16),
                              let code = Unicode.Scalar(value) else { throw error("bad \\\(escaped) escape") }
                        index += count
                        text.unicodeScalars.append(code)
                    default: throw error("unknown escape \\\(escaped)")
                    }
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
            throw SyntaxError(line: line, column: start, message: "the string is not closed on its line")
        }
    }
}
