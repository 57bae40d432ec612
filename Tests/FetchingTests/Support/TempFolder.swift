import Foundation

/// A fresh folder under the system temp folder for one test, removed by `remove()`.
struct TempFolder {
    /// The folder's path.
    let path: String

    /// Makes a new, empty, uniquely named folder.
    init() throws {
        var template = Array((NSTemporaryDirectory() + "folio-fetch-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: made)
    }

    /// Deletes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The names of the files in the folder.
    func names() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }
}
