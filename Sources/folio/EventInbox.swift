import ReaderCore
import Synchronization

/// Events waiting for the reader's loop: effect results now, background work later.
///
/// Any thread may post; the loop drains the inbox before it waits for the
/// terminal, and the terminal wait times out often (250 ms), so a posted
/// event is handled soon even while no key is pressed.
final class EventInbox: Sendable {
    private let queue = Mutex<[ReaderEvent]>([])

    /// Adds events for the loop to handle, in order.
    func post(_ events: [ReaderEvent]) {
        queue.withLock { $0 += events }
    }

    /// Takes the oldest waiting event, if any.
    func next() -> ReaderEvent? {
        queue.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }
}
