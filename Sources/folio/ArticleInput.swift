#if canImport(Glibc)
import Glibc
#endif
import ArticleKit
import CursesTerminal

/// Opens the article named on the command line, turning every failure into one line on stderr.
enum ArticleInput {
    /// Loads `path` (standard input for "-", a web page for an http(s) URL), or
    /// throws a ``Failure`` that says why not.
    static func load(_ path: String) throws -> LoadedArticle {
        if PageInput.isURL(path) { return try PageInput.load(path) }
        if PageInput.hasOtherScheme(path) { throw Failure("\(DisplaySanitizer.clean(path)): only http and https URLs are opened") }
        do {
            if path == "-" { return try LoadedArticle.from(bytes: readStandardInput(), path: "-") }
            return try ArticleLoader.load(path: path)
        } catch {
            throw Failure(error.description)
        }
    }

    /// The start of a large file, sized for the terminal on standard output, or `nil`
    /// to load the file whole (small files, standard input, no terminal).
    static func preview(_ path: String) throws -> LoadedArticle? {
        guard path != "-", !PageInput.isURL(path), isatty(STDOUT_FILENO) == 1 else { return nil }
        guard let size = TerminalSession.reportedSize() else { return nil }
        do {
            return try ArticlePreview.load(path: path, maxBytes: ArticlePreview.bytes(columns: size.width, rows: size.height))
        } catch {
            throw Failure(error.description)
        }
    }

    /// Everything on standard input, read to the end.
    private static func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        return bytes
    }
}

/// A failure reported as "folio: message" on stderr with exit status 1.
struct Failure: Error, CustomStringConvertible {
    let message: String

    init(_ message: String) { self.message = message }

    var description: String { message }
}
