/// Finds where a pattern occurs with the fewest edits (Sellers' algorithm).
///
/// The edit distance is Levenshtein (insert, delete, substitute one scalar);
/// a match may start anywhere in the text. Used to re-find a quote after a
/// typo was fixed inside it.
enum ApproximateMatch {
    /// The largest text the search will scan times the pattern length (keeps it fast).
    static let workLimit = 40_000_000

    /// One candidate match: its span in the text and its edit distance.
    struct Candidate: Equatable {
        var start: Int
        var end: Int
        var distance: Int
    }

    /// How many edits a quote of `length` scalars may need and still be found.
    static func allowedErrors(forLength length: Int) -> Int {
        min(length / 5, 40)
    }

    /// Every end position where `pattern` matches `text` with at most `maxErrors` edits.
    ///
    /// For runs of adjacent end positions only the best one is kept.
    static func candidates(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], maxErrors: Int) -> [Candidate] {
        let m = pattern.count
        guard m > 0, maxErrors >= 0, !text.isEmpty, m * text.count <= workLimit else { return [] }
        var previous = Array(0...m)
        var previousStart = [Int](repeating: 0, count: m + 1)
        var current = [Int](repeating: 0, count: m + 1)
        var currentStart = [Int](repeating: 0, count: m + 1)
        var found: [Candidate] = []
        for j in 1...text.count {
            current[0] = 0
            currentStart[0] = j
            let scalar = text[j - 1]
            for i in 1...m {
                let diagonal = previous[i - 1] + (pattern[i - 1] == scalar ? 0 : 1)
                let up = current[i - 1] + 1
                let left = previous[i] + 1
                if diagonal <= up && diagonal <= left {
                    current[i] = diagonal
                    currentStart[i] = previousStart[i - 1]
                } else if up <= left {
                    current[i] = up
                    currentStart[i] = currentStart[i - 1]
                } else {
                    current[i] = left
                    currentStart[i] = previousStart[i]
                }
            }
            if current[m] <= maxErrors {
                let candidate = Candidate(start: currentStart[m], end: j, distance: current[m])
                if let last = found.last, last.end == j - 1 {
                    if candidate.distance < last.distance { found[found.count - 1] = candidate }
                } else {
                    found.append(candidate)
                }
            }
            swap(&previous, &current)
            swap(&previousStart, &currentStart)
        }
        return found
    }
}
