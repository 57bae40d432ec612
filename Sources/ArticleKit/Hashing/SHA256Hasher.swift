extension SHA256 {
    /// An incremental SHA-256: feed the message in pieces, then ``finish()``.
    public struct Hasher {
        private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
        /// Bytes not yet compressed (fewer than 64).
        private var buffer: [UInt8] = []
        private var length: UInt64 = 0

        /// Starts an empty message.
        public init() {
            buffer.reserveCapacity(64)
        }

        /// Appends `bytes` to the message.
        public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard var base = bytes.baseAddress else { return }
            var count = bytes.count
            length &+= UInt64(count)
            if !buffer.isEmpty {
                let take = min(64 - buffer.count, count)
                buffer.append(contentsOf: UnsafeBufferPointer(start: base, count: take))
                base += take
                count -= take
                guard buffer.count == 64 else { return }
                let block = buffer
                block.withUnsafeBufferPointer { compress($0.baseAddress!) }
                buffer.removeAll(keepingCapacity: true)
            }
            while count >= 64 {
                compress(base)
                base += 64
                count -= 64
            }
            if count > 0 { buffer.append(contentsOf: UnsafeBufferPointer(start: base, count: count)) }
        }

        /// Appends the bytes of an array to the message.
        public mutating func update(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { update($0) }
        }

        /// Appends one byte to the message.
        public mutating func update(byte: UInt8) {
            withUnsafePointer(to: byte) { update(UnsafeBufferPointer(start: $0, count: 1)) }
        }

        /// Pads the message and returns its 32-byte digest.
        public mutating func finish() -> [UInt8] {
            let bitLength = length &* 8
            var tail = buffer
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            for shift in stride(from: 56, through: 0, by: -8) {
                tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
            }
            tail.withUnsafeBufferPointer { block in
                for start in stride(from: 0, to: block.count, by: 64) { compress(block.baseAddress! + start) }
            }
            buffer.removeAll()
            let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
            return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * $0)) } }
        }

        /// Compresses one 64-byte block into the state.
        private mutating func compress(_ block: UnsafePointer<UInt8>) {
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for t in 0..<16 {
                    let i = t * 4
                    w[t] = UInt32(block[i]) << 24 | UInt32(block[i + 1]) << 16 | UInt32(block[i + 2]) << 8 | UInt32(block[i + 3])
                }
                for t in 16..<64 {
                    let s0 = rotate(w[t - 15], 7) ^ rotate(w[t - 15], 18) ^ (w[t - 15] >> 3)
                    let s1 = rotate(w[t - 2], 17) ^ rotate(w[t - 2], 19) ^ (w[t - 2] >> 10)
                    w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                }
                var (a, b, c, d, e, f, g, h) = state
                SHA256.roundConstants.withUnsafeBufferPointer { k in
                    for t in 0..<64 {
                        let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                        let choice = (e & f) ^ (~e & g)
                        let temp1 = h &+ s1 &+ choice &+ k[t] &+ w[t]
                        let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                        let majority = (a & b) ^ (a & c) ^ (b & c)
                        (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ s0 &+ majority)
                    }
                }
                state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
                         state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
            }
        }

        @inline(__always) private func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
            (value >> count) | (value << (32 - count))
        }
    }
}
