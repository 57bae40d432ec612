import HighlightStore

/// Everything the reader shows, as a value: document, size, focused pane and scroll.
public struct ReaderState: Equatable, Sendable {
    /// The article as panes.
    public let document: ReaderDocument
    /// The terminal size the state is laid out for.
    public private(set) var size: ScreenSize
    /// Where things go at this size.
    public private(set) var geometry: ReaderGeometry
    /// The focused pane.
    public private(set) var paneIndex: Int
    /// The focused pane wrapped to the current width (cached until pane or width change).
    public private(set) var layout: PaneLayout
    /// The first body line shown.
    public private(set) var top: Int
    /// The text the reader scrolled to, kept across resizes even when a large
    /// screen shows the whole pane and `top` has to be 0.
    private var anchor = TextPlace(paragraph: 0, offset: 0)
    /// Where the reader left each pane it visited, to come back to the same place.
    private var places: [Int: TextPlace] = [:]
    /// A one-line message for the status line, cleared by the next key.
    public internal(set) var message: String?
    /// The reading cursor: the start of the current sentence, or the head word while selecting.
    public internal(set) var cursor = TextPlace(paragraph: 0, offset: 0)
    /// The views open over the reading view, bottom first (see ``viewKind``).
    public internal(set) var views: [View] = []
    /// The last search and its matches, for `n` and `N` and the marks on screen.
    public internal(set) var search: SearchResults?
    /// Patterns searched for in this session, oldest first.
    public internal(set) var searchHistory: [String] = []
    /// Where the left button went down on the text, while it is held (a drag selects from there).
    var mousePress: TextPlace?
    /// Link URLs opened in this session (the links list marks them).
    public internal(set) var visitedLinks: Set<String> = []
    /// What the executable allows beyond the article.
    public let options: ReaderOptions
    /// The keys of every view.
    public let keymaps: Keymaps
    /// This article's highlights, as the store resolves them (set by the executable).
    public private(set) var highlights: [ResolvedAnnotation] = []
    /// This article's bookmarks, as the store resolves them (set by the executable).
    public private(set) var bookmarks: [ResolvedAnnotation] = []

    /// Creates a state showing the first pane at `size`.
    public init(document: ReaderDocument, size: ScreenSize, keymaps: Keymaps = .standard, options: ReaderOptions = ReaderOptions()) {
        self.document = document
        self.options = options
        self.keymaps = keymaps
        self.size = size
        self.geometry = ReaderGeometry(size: size, measure: options.textWidth)
        self.paneIndex = 0
        self.layout = PaneLayout(pane: document.panes[0], width: geometry.textWidth)
        self.top = 0
    }

    /// The focused pane.
    public var pane: Pane { document.panes[paneIndex] }

    /// Rows the body has on screen.
    public var bodyRows: Int { geometry.bodyRows(headingLines: layout.headingLines.count) }

    /// The largest useful `top`: the last page of the body.
    public var maxTop: Int { max(0, layout.bodyLines.count - bodyRows) }

    /// How far through the pane the bottom of the screen is, 0...100.
    public var percent: Int {
        let total = layout.bodyLines.count
        guard total > bodyRows else { return 100 }
        return min(100, (top + bodyRows) * 100 / total)
    }

    /// The place the reader is at: the text they scrolled to the top of the screen.
    public var place: TextPlace { anchor }

    /// Replaces the highlights and bookmarks shown (after the store changed).
    mutating func setAnnotations(highlights: [ResolvedAnnotation], bookmarks: [ResolvedAnnotation]) {
        self.highlights = highlights
        self.bookmarks = bookmarks
        views = views.map { view in
            guard case .list(var list) = view else { return view }
            list.selected = min(list.selected, max(0, items(of: list.kind).count - 1))
            return .list(list)
        }
    }

    /// The entries of a list overlay.
    public func items(of kind: ListOverlay.Kind) -> [ResolvedAnnotation] {
        kind == .highlights ? highlights : bookmarks
    }

    /// Opens the pane that shows section body `section` at body offset `offset`
    /// (a saved reading position, or a highlight from the list).
    mutating func show(section: Int, offset: Int) {
        guard let index = document.paneIndex(ofBody: section) else { return }
        let place = document.panes[index].place(ofBodyOffset: offset)
        focus(pane: index, at: place)
        moveCursor(to: place)
    }

    /// Focuses pane `index` at the place it was left, or at its top.
    mutating func focus(pane index: Int, at place: TextPlace? = nil, bottom: Bool = false) {
        places[paneIndex] = self.place
        paneIndex = index
        layout = PaneLayout(pane: document.panes[index], width: geometry.textWidth)
        if bottom {
            scroll(to: maxTop)
        } else if let place = place ?? places[index] {
            anchor = place
            top = min(layout.line(of: place), maxTop)
        } else {
            scroll(to: 0)
        }
        cursor = TextPlace(paragraph: 0, offset: 0)
        keepCursorInView()
    }

    /// Scrolls to body line `line`, kept within the body.
    mutating func scroll(to line: Int) {
        top = min(max(0, line), maxTop)
        anchor = layout.place(ofLine: top)
    }

    /// Lays the state out for a new size, keeping the same text at the top.
    mutating func resize(to newSize: ScreenSize) {
        size = newSize
        geometry = ReaderGeometry(size: newSize, measure: options.textWidth)
        if layout.width != geometry.textWidth {
            layout = PaneLayout(pane: pane, width: geometry.textWidth)
        }
        top = min(layout.line(of: anchor), maxTop)
    }
}
