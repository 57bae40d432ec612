/// `[keys.<view>] <operation> = ["key", …]`: a view's operation given new keys.
extension FolioConfig {
    /// Applies each remap to ``keymaps``; a remap that names an unknown view,
    /// operation or key, or leaves a key bound twice in its view, is left out
    /// (the operation keeps its default keys) and reported.
    mutating func applyRemaps(_ entries: [TOMLSubset.Entry]) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        var accepted: [(entry: TOMLSubset.Entry, kind: ViewKind, index: Int, keys: [Key])] = []
        for entry in entries {
            let place = { (message: String) in problems.append(ConfigProblem(line: entry.line, column: entry.column, message: message)) }
            guard let kind = ViewKind(rawValue: entry.path[1]) else {
                place("unknown view keys.\(entry.path[1]); the views are \(ViewKind.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            guard let index = keymaps[kind].bindings.firstIndex(where: { $0.operation.rawValue == entry.path[2] }) else {
                place("\(entry.path[2]) is not an operation of the \(kind.rawValue) view (`folio keys` lists them)")
                continue
            }
            let names: [String]
            switch entry.value {
            case .string(let name): names = [name]
            case .array(let items): names = items.compactMap { if case .string(let name) = $0 { name } else { nil } }
            default: names = []
            }
            let keys = names.compactMap(Key.init(name:))
            guard !names.isEmpty, keys.count == names.count else {
                let bad = names.first { Key(name: $0) == nil } ?? "(no key)"
                place("\(bad) is not a key name (one character, Ctrl-X, F1-F12, Tab, S-Tab, Enter, Esc, Space, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End; sequences are not supported); \(entry.path[2]) keeps its keys")
                continue
            }
            accepted.append((entry, kind, index, keys))
        }
        // Apply, then leave out every remap that makes a key do two things in one view, until none does.
        while true {
            var trial = keymaps
            for remap in accepted { trial[remap.kind].bindings[remap.index].keys = remap.keys }
            let clashing = accepted.filter { remap in
                let others = trial[remap.kind].bindings.enumerated().filter { $0.offset != remap.index }.flatMap(\.element.keys)
                return remap.keys.contains(where: others.contains) || Set(remap.keys).count != remap.keys.count
            }
            guard !clashing.isEmpty else {
                keymaps = trial
                return problems
            }
            for remap in clashing {
                problems.append(ConfigProblem(line: remap.entry.line, column: remap.entry.column,
                                              message: "a key of \(remap.entry.path[2]) is bound twice in the \(remap.kind.rawValue) view; \(remap.entry.path[2]) keeps its keys"))
            }
            accepted.removeAll { remap in clashing.contains { $0.entry == remap.entry } }
        }
    }
}

extension Key {
    /// The key a config file names as ``label`` writes it ("q", "Ctrl-C", "Space", "F1").
    public init?(name: String) {
        var candidates: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace]
        candidates += (1...12).map { .function($0) }
        if let found = candidates.first(where: { $0.label.lowercased() == name.lowercased() }) { self = found; return }
        if name.lowercased() == "space" { self = .char(" "); return }
        let lower = name.lowercased()
        if lower.hasPrefix("ctrl-"), lower.count == 6, let letter = lower.last, ("a"..."z").contains(letter) {
            self = .ctrl(letter)
            return
        }
        if name.count == 1, let character = name.first, character.isPrintableText, character != " " {
            self = .char(character)
            return
        }
        return nil
    }
}
