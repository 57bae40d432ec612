/// An inline style over part of a block's text, in Unicode-scalar offsets.
public struct InlineSpan: Sendable, Equatable {
    /// First scalar of the span.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The style.
    public var style: InlineStyle

    /// Creates a span.
    public init(start: Int, end: Int, style: InlineStyle) {
        self.start = start
        self.end = end
        self.style = style
    }
}

/// The inline styles a document keeps.
public enum InlineStyle: Sendable, Equatable, Hashable {
    case emphasis
    case strong
    case code
    case strikethrough
    /// A link with its URL resolved against the page (kept as written when it cannot be).
    case link(String)

    /// The name used in `folio dump --format json`.
    public var name: String {
        switch self {
        case .emphasis: "emphasis"
        case .strong: "strong"
        case .code: "code"
        case .strikethrough: "strikethrough"
        case .link: "link"
        }
    }

    /// The link's URL, when this is a link.
    public var url: String? {
        if case .link(let url) = self { return url }
        return nil
    }
}

/// A piece of a block's text with every style that covers it.
public struct InlineRun: Sendable, Equatable {
    /// The text of the run.
    public var text: String
    /// The styles over the whole run, in the order of their spans.
    public var styles: [InlineStyle]

    /// Creates a run.
    public init(text: String, styles: [InlineStyle] = []) {
        self.text = text
        self.styles = styles
    }

    /// Cuts `text` where any span starts or ends; each piece lists the spans over it.
    static func split(_ text: String, spans: [InlineSpan]) -> [InlineRun] {
        if spans.isEmpty { return text.isEmpty ? [] : [InlineRun(text: text)] }
        let scalars = Array(text.unicodeScalars)
        var cuts = Set([0, scalars.count])
        for span in spans {
            cuts.insert(min(max(0, span.start), scalars.count))
            cuts.insert(min(max(0, span.end), scalars.count))
        }
        let points = cuts.sorted()
        var runs: [InlineRun] = []
        for (from, to) in zip(points, points.dropFirst()) where from < to {
            let styles = spans.filter { $0.start <= from && to <= $0.end }.map(\.style)
            runs.append(InlineRun(text: String(String.UnicodeScalarView(scalars[from..<to])), styles: styles))
        }
        return runs
    }
}
