/// A line of the feeds file that Folio keeps but cannot use, with why.
public struct FeedsFileProblem: Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with a line.
    public enum Reason: Error, Sendable, Equatable {
        /// The first word is not an http or https URL.
        case notAnHTTPURL(String)
        /// A `"` opens a title or tag that the line never closes.
        case unclosedQuote
    }

    /// The line's number, from 1.
    public var line: Int
    /// What is wrong.
    public var reason: Reason

    /// "line N: reason", for a warning.
    public var description: String {
        switch reason {
        case .notAnHTTPURL(let word): return "line \(line): not an http or https URL: \(word)"
        case .unclosedQuote: return "line \(line): a quote is not closed"
        }
    }
}
