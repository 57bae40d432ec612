// A child process for HighlightStore's crash, concurrency and full-disk tests.
//
//   folio-store-probe add STORE COUNT
//       Appends COUNT highlights, printing each id on stdout once append returned.
//   folio-store-probe full STORE LIMIT
//       Ignores SIGXFSZ, caps the file size at LIMIT bytes (RLIMIT_FSIZE), tries
//       one append, reports the error and whether memory changed, then lifts the
//       cap and retries the same record.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HighlightStore

#if canImport(Glibc)
let fileSizeLimit = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
#else
let fileSizeLimit = RLIMIT_FSIZE
#endif

/// Writes a line to stdout at once (no buffering, so a SIGKILL loses nothing said).
func say(_ text: String) {
    let bytes = Array((text + "\n").utf8)
    var written = 0
    while written < bytes.count {
        let n = bytes[written...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        if n <= 0 { exit(3) }
        written += n
    }
}

func sampleRecord(_ n: Int, padding: Int = 0) -> StoreRecord {
    let article = ArticleIdentity(path: "probe.txt", title: "Probe", fingerprint: String(repeating: "ab", count: 32))
    let exact = "quote \(n) " + String(repeating: "x", count: padding)
    let anchor = QuoteAnchor(
        section: 0, heading: nil, exact: exact, prefix: "before", suffix: "after",
        start: 6, end: 6 + exact.unicodeScalars.count
    )
    return .highlight(anchor, in: article, note: "note \(n)")
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let number = Int(arguments[3]) else {
    say("usage: folio-store-probe add|full STORE N")
    exit(2)
}
let path = arguments[2]
do {
    var store = try AnnotationStore.load(path: path)
    switch arguments[1] {
    case "add":
        for n in 0..<number {
            let record = sampleRecord(n)
            try store.append(record)
            say(record.id)
        }
    case "full":
        signal(SIGXFSZ, SIG_IGN)
        var limit = rlimit()
        getrlimit(fileSizeLimit, &limit)
        let hard = limit.rlim_max
        limit.rlim_cur = rlim_t(number)
        setrlimit(fileSizeLimit, &limit)
        let before = (store.keptLines, store.lineCount, store.state)
        let record = sampleRecord(1, padding: 4096)
        do {
            try store.append(record)
            say("saved")
        } catch {
            say("error: \(error.notSaved("highlight"))")
            say("kind: \(error == .diskFull(path) ? "diskFull" : "other")")
            say("memory unchanged: \(before.0 == store.keptLines && before.1 == store.lineCount && before.2 == store.state)")
        }
        limit.rlim_cur = hard
        setrlimit(fileSizeLimit, &limit)
        try store.append(record)
        say("retried: \(store.state.annotation(id: record.id) != nil)")
    default:
        say("unknown command \(arguments[1])")
        exit(2)
    }
} catch {
    say("error: \(error)")
    exit(1)
}
