// folio-bench: in-process timings for `make bench` (built by mk/bench.mk with swiftc
// from the module sources; not part of Package.swift). Every subcommand prints one
// JSON object on stdout; the harness (bench/bench.py) runs each in its own process so
// it can take the process's peak RSS from wait4.
//
//   folio-bench parse FILE MIN_SECONDS MIN_ITERS
//       PlainTextReader.read (the line rules, then the document's blocks) on FILE's
//       bytes (already in memory), repeated:
//       the first run's time, and the median of the others.
//   folio-bench load FILE MIN_SECONDS MIN_ITERS
//       ArticleLoader.load(path:) (read + decode + checks + parse + title), repeated.
//   folio-bench keys FILE WIDTH HEIGHT COUNT
//       update + render per key on a ReaderState, as the reader does between two
//       presents (no curses, no store effects): Tab, j, Space, G, resize.
//   folio-bench store-open STORE
//       AnnotationStore.load(path:) once.
//   folio-bench store-add STORE COUNT
//       Loads STORE (untimed), then times COUNT appends of one highlight (lock,
//       write, fsync, re-read of the tail).
//   folio-bench extract RUNS FILE...
//       For each FILE: its bytes read once (untimed), then LoadedArticle.from(bytes:path:)
//       (binary check, format sniffing, the format's reader, display title: what
//       `folio dump` runs before it prints) timed RUNS times. One JSON line per file,
//       {"file": PATH, "ms": MEDIAN_MS}, the hook bench/extract.py's
//       --folio-inprocess-cmd expects. A file Folio refuses (binary, no text) gets
//       "ms": null and an "error"; the others are still measured.
//   folio-bench dump FILE
//       What `folio dump --format json FILE` prints (for quick extraction checks).
#if canImport(Glibc)
import Glibc
#endif
import ArticleKit
import FeedKit
import HighlightStore
import ReaderCore

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
    let bytes = Array("folio-bench: \(message)\n".utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}

func readBytes(_ path: String) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    if fd < 0 { fail("cannot open \(path)") }
    defer { close(fd) }
    var info = stat()
    fstat(fd, &info)
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var done = 0
    while done < bytes.count {
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, $0.count - done) }
        if n <= 0 { fail("short read on \(path)") }
        done += n
    }
    return bytes
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    // Nearest rank.
    let rank = max(1, Int((p / 100 * Double(sorted.count)).rounded(.up)))
    return sorted[min(rank, sorted.count) - 1]
}

func json(_ pairs: [(String, Any)]) -> String {
    func value(_ v: Any) -> String {
        switch v {
        case let s as String:
            var escaped = ""
            for character in s {
                if character == "\\" || character == "\"" { escaped.append("\\") }
                escaped.append(character)
            }
            return "\"" + escaped + "\""
        case let d as Double: return d.isFinite ? "\(d)" : "null"
        case let i as Int: return "\(i)"
        case let a as [(String, Any)]: return json(a)
        case let list as [Any]: return "[" + list.map(value).joined(separator: ",") + "]"
        default: return "null"
        }
    }
    return "{" + pairs.map { "\"\($0.0)\":\(value($0.1))" }.joined(separator: ",") + "}"
}

/// This process's peak resident set (VmHWM in /proc/self/status), in KB.
func peakRSSKB() -> Int {
    let fd = open("/proc/self/status", O_RDONLY)
    guard fd >= 0 else { return -1 }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        bytes += chunk[0..<n]
    }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.dropFirst(6).filter(\.isNumber)) ?? -1
    }
    return -1
}

/// Keeps the optimizer from dropping work whose result is unused.
@inline(never) func consume<T>(_ value: T) { withExtendedLifetime(value) {} }

/// Runs `body` until both limits are reached and returns each run's time. What `body`
/// returns is released after its clock stops: freeing a parsed article is not parsing it.
func repeatTimed<Result>(minSeconds: Double, minIters: Int, _ body: () -> Result) -> [Double] {
    var times: [Double] = []
    let start = now()
    while times.count < minIters || now() - start < minSeconds {
        let t0 = now()
        let result = body()
        times.append(now() - t0)
        consume(result)
        if times.count >= 10_000 { break }
    }
    return times
}

/// Times the load of one file's bytes as `folio dump` does it: the bytes are read once
/// (untimed), then `LoadedArticle.from(bytes:path:)` runs `runs` times. Returns the JSON
/// pairs of its output line: the path and the median in milliseconds (null, with the
/// error, when Folio refuses the file).
func extractTiming(path: String, runs: Int) -> [(String, Any)] {
    let bytes = readBytes(path)
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        let loaded: LoadedArticle
        do {
            loaded = try LoadedArticle.from(bytes: bytes, path: path)
        } catch {
            return [("file", path), ("ms", Double.nan), ("error", error.description)]
        }
        times.append(now() - start)
        consume(loaded)
    }
    return [("file", path), ("ms", percentile(times, 50) * 1e3)]
}

let args = CommandLine.arguments
guard args.count >= 3 else { fail("usage: folio-bench parse|load|keys|store-open|store-add|extract ARGS") }

switch args[1] {
case "parse", "load":
    guard args.count == 5, let minSeconds = Double(args[3]), let minIters = Int(args[4]) else { fail("usage: \(args[1]) FILE MIN_SECONDS MIN_ITERS") }
    let path = args[2]
    let bytes = readBytes(path)
    var sections = 0
    let times: [Double]
    if args[1] == "parse" {
        // The plain-text reader as the reader runs it: the line rules, then the blocks.
        times = repeatTimed(minSeconds: minSeconds, minIters: minIters) { () -> Document in
            let document = PlainTextReader.read(bytes, context: ReadContext())
            sections = document.sections.count
            return document
        }
    } else {
        times = repeatTimed(minSeconds: minSeconds, minIters: minIters) { () -> LoadedArticle in
            guard let loaded = try? ArticleLoader.load(path: path) else { fail("cannot load \(path)") }
            sections = loaded.document.sections.count
            return loaded
        }
    }
    // The first run is cold (fresh pages for everything it allocates); later runs reuse
    // what the allocator kept (bench.py tells glibc to keep freed memory for `parse`).
    let warm = times.count > 1 ? Array(times.dropFirst()) : times
    print(json([("bytes", bytes.count), ("iters", times.count), ("median_s", percentile(warm, 50)),
                ("first_s", times[0]), ("min_s", times.min()!), ("sections", sections), ("vmhwm_kb", peakRSSKB())]))

case "keys":
    guard args.count == 6, let width = Int(args[3]), let height = Int(args[4]), let count = Int(args[5]) else {
        fail("usage: keys FILE WIDTH HEIGHT COUNT")
    }
    let t0 = now()
    guard let loaded = try? ArticleLoader.load(path: args[2]) else { fail("cannot load \(args[2])") }
    let t1 = now()
    let document = ReaderDocument(document: loaded.document, title: loaded.displayTitle)
    let t2 = now()
    let size = ScreenSize(width: width, height: height)
    var state = ReaderState(document: document, size: size)
    let t3 = now()
    consume(render(state))
    let t4 = now()

    let panes = document.panes.count
    let question1 = document.paneIndex(ofSection: 1) ?? 0
    // The pane with the most to scroll: j, Space and G are measured there.
    var longest = 0
    var longestMaxTop = -1
    var probe = ReaderState(document: document, size: size)
    var maxTops: [Int] = []
    for index in 0..<min(panes, 50) {
        if index > 0 { _ = update(&probe, .key(.tab)) }
        maxTops.append(probe.maxTop)
        if probe.maxTop > longestMaxTop { longestMaxTop = probe.maxTop; longest = index }
    }

    func timed(_ event: ReaderEvent) -> Double {
        let start = now()
        _ = update(&state, event)
        let screen = render(state)
        let elapsed = now() - start
        consume(screen)
        return elapsed
    }
    func untimed(_ event: ReaderEvent) {
        _ = update(&state, event)
        consume(render(state))
    }
    var results: [(String, Any)] = []
    func report(_ name: String, _ times: [Double]) {
        results.append((name, [("n", times.count), ("p50_us", percentile(times, 50) * 1e6),
                               ("p99_us", percentile(times, 99) * 1e6), ("max_us", (times.max() ?? .nan) * 1e6)] as [(String, Any)]))
    }
    // Tab: next pane; at the last pane jump back to question 1 (untimed).
    var times: [Double] = []
    while times.count < count {
        if state.paneIndex >= panes - 1 { untimed(.key(.char("1"))) ; if state.paneIndex >= panes - 1 { break } }
        times.append(timed(.key(.tab)))
    }
    report("tab", times)
    // Go to the longest pane (untimed).
    state = ReaderState(document: document, size: size)
    for _ in 0..<longest { untimed(.key(.tab)) }
    // j: line down from the top; back to the top (g, untimed) at the bottom.
    times = []
    if state.maxTop > 0 {
        while times.count < count {
            if state.top >= state.maxTop { untimed(.key(.char("g"))) }
            times.append(timed(.key(.char("j"))))
        }
    }
    report("j", times)
    // Space and G: one from the top, then g (untimed).
    for (name, key) in [("space", Key.char(" ")), ("G", Key.char("G"))] {
        times = []
        if state.maxTop > 0 {
            while times.count < count {
                untimed(.key(.char("g")))
                times.append(timed(.key(key)))
            }
        }
        report(name, times)
    }
    // Resize: between WIDTHxHEIGHT and 120x40, both directions timed.
    times = []
    let other = ScreenSize(width: 120, height: 40)
    while times.count < count {
        times.append(timed(.resize(other)))
        times.append(timed(.resize(size)))
    }
    report("resize", times)
    results.insert(contentsOf: [
        ("bytes", loaded.text?.utf8.count ?? readBytes(args[2]).count), ("panes", panes), ("question1", question1),
        ("longest_pane", longest), ("longest_max_top", longestMaxTop),
        ("load_s", t1 - t0), ("document_s", t2 - t1), ("state_s", t3 - t2), ("first_render_s", t4 - t3),
    ] as [(String, Any)], at: 0)
    results.append(("vmhwm_kb", peakRSSKB()))
    print(json(results))

case "store-open":
    let t0 = now()
    guard let store = try? AnnotationStore.load(path: args[2]) else { fail("cannot open store \(args[2])") }
    let t1 = now()
    let counts = store.state.counts
    print(json([("open_s", t1 - t0), ("lines", store.lineCount), ("problems", store.problems.count),
                ("records", counts.values.reduce(0, +)), ("annotations", store.state.annotations.count),
                ("vmhwm_kb", peakRSSKB())]))

case "store-add":
    guard args.count == 4, let count = Int(args[3]) else { fail("usage: store-add STORE COUNT") }
    let t0 = now()
    guard var store = try? AnnotationStore.load(path: args[2]) else { fail("cannot open store \(args[2])") }
    let openSeconds = now() - t0
    let article = ArticleIdentity(path: "bench/article.txt", title: "Bench", fingerprint: String(repeating: "cd", count: 32))
    var times: [Double] = []
    for n in 0..<count {
        let exact = "strategic partners \(n)"
        let anchor = QuoteAnchor(section: 1, heading: "Allies of China and Russia?", exact: exact,
                                 prefix: "r, Beijing and Moscow are close ", suffix: ", and their relationship has eve",
                                 start: 205, end: 205 + exact.unicodeScalars.count)
        let record = StoreRecord.highlight(anchor, in: article, note: nil)
        let start = now()
        do { try store.append(record) } catch { fail("append failed: \(error)") }
        times.append(now() - start)
    }
    print(json([("open_s", openSeconds), ("n", times.count), ("p50_ms", percentile(times, 50) * 1e3),
                ("p99_ms", percentile(times, 99) * 1e3), ("max_ms", (times.max() ?? .nan) * 1e3), ("vmhwm_kb", peakRSSKB())]))

case "extract":
    guard args.count >= 4, let runs = Int(args[2]), runs >= 1 else { fail("usage: extract RUNS FILE...") }
    for path in args[3...] {
        print(json(extractTiming(path: path, runs: runs)))
    }

case "dump":
    // dump FILE: what `folio dump --format json FILE` prints, from this build (a quick
    // stand-in for bench/extract.py's --folio-cmd while changing the extractor).
    guard args.count == 3 else { fail("usage: dump FILE") }
    do {
        let loaded = try LoadedArticle.from(bytes: readBytes(args[2]), path: args[2])
        print(ArticleDump.json(loaded.document))
    } catch {
        fail("\(args[2]): \(error.description)")
    }

case "feed":
    // feed RUNS FILE: in-process FeedReader.read of FILE, RUNS times after one warm-up; median and min ms.
    guard args.count == 4, let runs = Int(args[2]), runs >= 1 else { fail("usage: feed RUNS FILE") }
    guard let bytes = try? FileBytes.contents(of: args[3]) else { fail("cannot read \(args[3])") }
    var entries = 0
    var times: [Double] = []
    for run in 0...runs {
        let start = now()
        guard let feed = try? FeedReader.read(bytes) else { fail("not a feed: \(args[3])") }
        if run > 0 { times.append(now() - start) }
        entries = feed.entries.count
    }
    print(json([("entries", Double(entries)), ("median_ms", percentile(times, 50) * 1e3), ("min_ms", (times.min() ?? .nan) * 1e3)]))

default:
    fail("unknown subcommand \(args[1])")
}
