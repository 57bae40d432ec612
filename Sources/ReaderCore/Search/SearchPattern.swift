/// A literal search pattern with less's smart case: case-insensitive unless it has a capital.
public struct SearchPattern: Equatable, Sendable {
    /// The pattern as typed.
    public let text: String
    /// Whether case must match (the pattern has an upper-case letter).
    public let caseSensitive: Bool
    /// The pattern's scalars, folded when the search ignores case.
    private let scalars: [Unicode.Scalar]

    /// Creates a pattern from what was typed; `nil` for an empty one.
    public init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        self.text = text
        caseSensitive = text.unicodeScalars.contains { $0.properties.isUppercase }
        let fold = caseSensitive
        scalars = text.unicodeScalars.map { fold ? $0 : Self.fold($0) }
    }

    /// The scalar ranges where the pattern occurs in `text`, left to right, not overlapping.
    public func ranges(in text: String) -> [Range<Int>] {
        let haystack = text.unicodeScalars.map { caseSensitive ? $0 : Self.fold($0) }
        guard haystack.count >= scalars.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        let first = scalars[0]
        while start + scalars.count <= haystack.count {
            if haystack[start] == first, haystack[start..<(start + scalars.count)].elementsEqual(scalars) {
                found.append(start..<(start + scalars.count))
                start += scalars.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// `scalar` in lower case when that is one scalar (ASCII without a table lookup), else as it is.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            let value = scalar.value
            return (0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}
