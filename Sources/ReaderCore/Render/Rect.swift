/// A rectangle of the screen that one view draws into.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a rectangle; negative sizes count as zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole of a screen of `size`.
    public init(_ size: ScreenSize) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// A rectangle of `width` x `height` centred in this one (clipped to it).
    public func centred(width: Int, height: Int) -> Rect {
        let w = min(width, self.width), h = min(height, self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// The last row of this rectangle.
    public var lastRow: Rect { Rect(x: x, y: y + height - 1, width: width, height: min(1, height)) }
}
