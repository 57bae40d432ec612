/// Display width in terminal columns: CJK and wide emoji two, combining marks zero.
public enum DisplayWidth {
    /// The number of columns one grapheme cluster takes (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        // STUB
        1
    }

    /// The number of columns a string takes.
    public static func of(_ string: some StringProtocol) -> Int {
        string.reduce(0) { $0 + of($1) }
    }
}
