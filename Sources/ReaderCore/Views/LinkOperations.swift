/// What the links list and the link number prompt do: choose a link, open, read or copy it.
///
/// Returns `nil` for an operation the links list does not offer.
func performLinks(_ operation: Operation, key: Key, on state: inout ReaderState) -> [Effect]? {
    guard var list = state.linkList else { return nil }
    if let moved = ListCursor.moved(operation, from: list.selected, count: list.links.count) {
        list.selected = moved
        state.replaceTop(with: .links(list))
        return []
    }
    switch operation {
    case .insert:
        guard case .char(let digit) = key else { return [] }
        // Digits build a number while one of the links has it; a digit that does not continue one starts again.
        for typed in [list.typed + String(digit), String(digit)] {
            if let number = Int(typed), let index = list.links.firstIndex(where: { $0.number == number }) {
                list.typed = typed
                list.selected = index
                state.replaceTop(with: .links(list))
                return []
            }
        }
        list.typed = ""
        state.message = "No link \(digit) in this pane"
    case .openLink, .readLink, .copyLink:
        guard list.links.indices.contains(list.selected) else { return [] }
        return state.use(list.links[list.selected], for: operation)
    case .close:
        state.pop()
        return []
    case .help:
        state.push(.help(top: 0))
        return []
    default:
        return nil
    }
    state.replaceTop(with: .links(list))
    return []
}

/// What the link number prompt (`o`) does: type digits, then open or read that link.
func performLinkNumber(_ operation: Operation, key: Key, on state: inout ReaderState) -> [Effect]? {
    guard var prompt = state.linkNumberPrompt else { return nil }
    switch operation {
    case .openLink, .readLink:
        state.pop()
        guard let number = Int(String(prompt.text)), let (_, link) = state.document.link(number: number) else {
            state.message = prompt.text.isEmpty ? "No number typed" : "No link \(String(prompt.text))"
            return []
        }
        return state.use(link, for: operation)
    case .close:
        state.pop()
        return []
    default:
        guard prompt.edit(operation, key: key) else { return nil }
    }
    state.replaceTop(with: .linkNumber(prompt))
    return []
}

extension ReaderState {
    /// Opens, reads or copies `link`, if its URL is one Folio hands on; closes the view it came from.
    mutating func use(_ link: PaneLink, for operation: Operation) -> [Effect] {
        if operation == .copyLink {
            message = "Copied link \(link.number)'s URL"
            return [.copy(link.url)]
        }
        if let refusal = LinkPolicy.refusal(of: link.url) {
            message = refusal
            return []
        }
        if operation == .readLink, !(link.url.lowercased().hasPrefix("http:") || link.url.lowercased().hasPrefix("https:")) {
            message = "Only http and https pages can be read in Folio"
            return []
        }
        if viewKind == .links { pop() }
        visitedLinks.insert(link.url)
        return [operation == .readLink ? .readURL(link.url) : .openURL(link.url)]
    }
}
