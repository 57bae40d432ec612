/// One display line produced by ``TextWrapper``.
///
/// `start` and `end` are offsets in Unicode scalars from the start of the
/// wrapped string (`end` is exclusive), so a caller can map a line back to the
/// text it shows, for highlights and reading position. Spaces where a line was
/// broken belong to no line.
public struct WrappedLine: Sendable, Equatable {
    /// The characters shown on this line.
    public var text: String
    /// Scalar offset of the line's first scalar in the input.
    public var start: Int
    /// Scalar offset just past the line's last scalar in the input.
    public var end: Int
    /// Display columns the line takes.
    public var width: Int

    /// Creates a line.
    public init(text: String, start: Int, end: Int, width: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.width = width
    }
}
