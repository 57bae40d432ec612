#if canImport(Glibc)
import Glibc
#endif

/// Runs blocking jobs on a few threads and hands each result back to the
/// calling thread as it arrives.
///
/// Fetching is waiting on curl; threads (not Swift's cooperative pool, sized
/// to the cores) let `jobs` fetches wait at once. Results are delivered on
/// the caller's thread, so whatever `deliver` touches (a database, the
/// terminal) needs no locking.
public enum WorkerPool {
    /// Runs `work(i)` for every `i` in `0..<count` on at most `jobs` threads;
    /// calls `deliver(i, result)` on this thread for each as it finishes.
    public static func run<T: Sendable>(count: Int, jobs: Int, work: @escaping @Sendable (Int) -> T, deliver: (Int, T) -> Void) {
        guard count > 0 else { return }
        let shared = Shared<T>()
        let threads = max(1, min(jobs, count))
        var handles: [pthread_t] = []
        for _ in 0..<threads {
            if let thread = startThread({ shared.work(count: count, work: work) }) { handles.append(thread) }
        }
        // No thread at all: do the work here.
        if handles.isEmpty {
            for index in 0..<count { deliver(index, work(index)) }
            return
        }
        var delivered = 0
        while delivered < count {
            for (index, result) in shared.waitForResults() {
                deliver(index, result)
                delivered += 1
            }
        }
        for thread in handles { pthread_join(thread, nil) }
    }

    /// Runs `body` on a new thread; returns it (to join), or nil when no thread could be made.
    public static func startThread(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        let made = pthread_create(&thread, nil, { raw in
            Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, context)
        guard made == 0 else {
            Unmanaged<Box>.fromOpaque(context).release()
            return nil
        }
        return thread
    }

    /// A closure to run on a new thread.
    private final class Box: @unchecked Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    /// The next job to hand out and the results not yet delivered, under one lock.
    private final class Shared<T: Sendable>: @unchecked Sendable {
        private var mutex = pthread_mutex_t()
        private var ready = pthread_cond_t()
        private var next = 0
        private var results: [(Int, T)] = []

        init() {
            pthread_mutex_init(&mutex, nil)
            pthread_cond_init(&ready, nil)
        }

        deinit {
            pthread_cond_destroy(&ready)
            pthread_mutex_destroy(&mutex)
        }

        /// Takes jobs until none are left.
        func work(count: Int, work: (Int) -> T) {
            while true {
                pthread_mutex_lock(&mutex)
                let index = next
                next += 1
                pthread_mutex_unlock(&mutex)
                guard index < count else { return }
                let result = work(index)
                pthread_mutex_lock(&mutex)
                results.append((index, result))
                pthread_cond_signal(&ready)
                pthread_mutex_unlock(&mutex)
            }
        }

        /// Waits for at least one result and takes all there are.
        func waitForResults() -> [(Int, T)] {
            pthread_mutex_lock(&mutex)
            while results.isEmpty { pthread_cond_wait(&ready, &mutex) }
            let taken = results
            results = []
            pthread_mutex_unlock(&mutex)
            return taken
        }
    }
}
