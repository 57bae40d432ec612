import ArgumentParser
import ArticleKit
import FeedKit
import Fetching
import HighlightStore
import Library

/// `folio feeds add|remove|list|import|export`: the subscriptions in the feeds file.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Manage subscriptions: the feeds file ($XDG_CONFIG_HOME/folio/feeds, else ~/.config/folio/feeds).",
        subcommands: [Add.self, Remove.self, List.self, Import.self, Export.self]
    )

    /// Where the feeds file is, shared by the subcommands.
    struct Location: ParsableArguments {
        @Option(help: "The feeds file (default: $FOLIO_FEEDS, else $XDG_CONFIG_HOME/folio/feeds, else ~/.config/folio/feeds).")
        var feedsFile: String?

        var path: String { LibraryLocation.feedsFile(flag: feedsFile) }

        func load() throws -> FeedsFile {
            do { return try FeedsFile.load(path: path) } catch { throw Failure(error.description) }
        }

        func save(_ file: FeedsFile) throws {
            do { try file.save(path: path) } catch { throw Failure(error.description) }
        }
    }

    /// `folio feeds add URL [--title T] [--tag T]... [--no-full-text]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Subscribe to a feed; given a web page, subscribe to the feed it announces.")

        @OptionGroup var location: Location

        @Option(help: "A title of your own (else the feed's).")
        var title: String?

        @Option(help: "A tag (repeat for more).")
        var tag: [String] = []

        @Flag(help: "Never fetch whole articles for teaser-only entries of this feed (adds the tag no-full-text).")
        var noFullText = false

        @Argument(help: "The feed's http(s) URL, or a web page that announces one.")
        var url: String

        func run() throws {
            guard SubscriptionURL.isHTTP(url) else { throw Failure("\(DisplaySanitizer.clean(url)): not an http or https URL") }
            var file = try location.load()
            var feedURL = url
            if file.subscription(for: url) == nil { feedURL = try Self.discover(url) }
            var tags = tag
            if noFullText && !tags.contains(Subscription.noFullTextTag) { tags.append(Subscription.noFullTextTag) }
            guard file.add(Subscription(url: feedURL, title: title, tags: tags)) else {
                throw Failure("already subscribed: \(DisplaySanitizer.clean(feedURL))")
            }
            try location.save(file)
            print("Subscribed to \(DisplaySanitizer.clean(feedURL))")
        }

        /// The feed at `url`: `url` itself when it serves a feed, else the first
        /// feed its page announces (said on stderr), else a failure.
        static func discover(_ url: String) throws -> String {
            let response: HTTPResponse
            do {
                response = try PageFetcher().exchange(HTTPRequest(url: url, accept: "application/atom+xml,application/rss+xml,application/feed+json,text/html;q=0.8,*/*;q=0.5"),
                                                      userAgent: PageFetcher.userAgent(version: FolioVersion.string))
            } catch {
                throw Failure("\(DisplaySanitizer.clean(url)): \(error)")
            }
            guard (200...299).contains(response.status) else {
                throw Failure("\(DisplaySanitizer.clean(url)): \(FetchError.httpStatus(response.status))")
            }
            if (try? FeedReader.read(response.body, url: response.finalURL)) != nil { return url }
            let links = FeedLinks.find(in: response.body, pageURL: response.finalURL, charset: response.contentType.charset)
            guard let chosen = FeedLinks.feedTypes.lazy.compactMap({ type in links.first { $0.type == type } }).first else {
                throw Failure("\(DisplaySanitizer.clean(url)): neither a feed nor a page that announces one")
            }
            let others = links.count > 1 ? " (of \(links.count) announced)" : ""
            FileHandleOutput.standardError("folio: \(DisplaySanitizer.clean(url)) is a web page; taking its \(chosen.type) feed \(DisplaySanitizer.clean(chosen.url))\(others)\n")
            return chosen.url
        }
    }

    /// `folio feeds remove URL`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Unsubscribe: its cached articles go, except those you highlighted, bookmarked or noted.")

        @OptionGroup var location: Location

        @Argument(help: "The feed's URL, as `folio feeds list` shows it.")
        var url: String

        func run() throws {
            var file = try location.load()
            guard file.remove(url: url) else { throw Failure("not subscribed: \(DisplaySanitizer.clean(url))") }
            try location.save(file)
            let library = LibraryInput.open(cache: nil, store: nil)
            var kept = 0
            if let cache = library.cache { kept = (try? cache.removeFeed(url, protected: library.status.protectedKeys)) ?? 0 }
            let note = kept > 0 ? " (\(kept) article(s) with your highlights, bookmarks or notes stay in the library)" : ""
            print("Unsubscribed from \(DisplaySanitizer.clean(url))\(note)")
        }
    }

    /// `folio feeds list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List subscriptions: title, URL, tags, last fetch result and unread count.")

        @OptionGroup var location: Location

        @Option(help: "The library cache (default: $FOLIO_LIBRARY, else $XDG_CACHE_HOME/folio/library.sqlite).")
        var cache: String?

        @Option(help: "The store file with your read marks (default as for `folio read`).")
        var store: String?

        func run() throws {
            let file = try location.load()
            for problem in file.problems { FileHandleOutput.standardError("folio: \(location.path): \(problem) (kept, not used)\n") }
            let library = LibraryInput.open(cache: cache, store: store)
            var counts: [String: (all: Int, unread: Int)] = [:]
            try? library.cache?.forEachArticle { article in
                counts[article.feedURL, default: (0, 0)].all += 1
                if !library.status.isRead(article) { counts[article.feedURL, default: (0, 0)].unread += 1 }
            }
            for subscription in file.subscriptions {
                let feed = try? library.cache?.feed(subscription.url)
                let (total, unread) = counts[subscription.url] ?? (0, 0)
                let title = subscription.title ?? feed?.title ?? "(no title yet)"
                let tags = subscription.tags.isEmpty ? "" : " [\(subscription.tags.joined(separator: ", "))]"
                let result = feed.map { ($0.ok ? "" : "failed: ") + ($0.result ?? "") } ?? "never fetched"
                print(DisplaySanitizer.clean("\(title)\(tags)"))
                print("  \(DisplaySanitizer.clean(subscription.url))")
                print("  \(unread) unread of \(total); last fetch: \(DisplaySanitizer.clean(result))")
            }
        }
    }

    /// `folio feeds import FILE.opml`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Subscribe to every feed of an OPML file (folders and categories become tags).")

        @OptionGroup var location: Location

        @Argument(help: "The OPML file, or - for standard input.", completion: .file())
        var opml: String

        func run() throws {
            let bytes: [UInt8]
            do {
                bytes = opml == "-" ? Array(ConfigCommand.standardInput()) : try FileBytes.contents(of: opml)
            } catch {
                throw Failure(error.description)
            }
            let found: (subscriptions: [Subscription], skipped: [String])
            do { found = try OPMLReader.read(bytes) } catch { throw Failure("\(DisplaySanitizer.clean(opml)): \(error)") }
            var file = try location.load()
            var added = 0
            for subscription in found.subscriptions where file.add(subscription) { added += 1 }
            try location.save(file)
            for url in found.skipped { FileHandleOutput.standardError("folio: skipped (not http or https): \(DisplaySanitizer.clean(url))\n") }
            print("Imported \(added) feed(s); \(found.subscriptions.count - added) already subscribed")
        }
    }

    /// `folio feeds export`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the subscriptions as OPML 2.0 (tags as categories).")

        @OptionGroup var location: Location

        func run() throws {
            FileHandleOutput.standardOutput(OPMLWriter.document(try location.load().subscriptions))
        }
    }
}
