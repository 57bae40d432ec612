#if canImport(Glibc)
import Glibc
#endif

/// Fetches many feeds at once into the cache: the work of `folio fetch` and of `r` in the library.
public struct LibraryFetch {
    /// How one feed's fetch ended, for the report.
    public struct FeedReport: Sendable, Equatable {
        /// The subscribed URL (as it was before a move).
        public var url: String
        /// The subscription's title, else the feed's.
        public var title: String?
        /// Whether it worked (a 200 stored, or a 304).
        public var ok: Bool
        /// New articles stored.
        public var newArticles: Int
        /// "3 new", "not modified", or why it failed.
        public var message: String
        /// Where a permanent redirect moved it.
        public var movedTo: String?
    }

    /// The fetcher for each feed.
    public var fetcher: FeedFetcher
    /// Feeds fetched at once.
    public var jobs: Int
    /// Articles kept per feed.
    public var keep: Int

    /// Makes a run.
    public init(fetcher: FeedFetcher, jobs: Int = 8, keep: Int = 500) {
        self.fetcher = fetcher
        self.jobs = jobs
        self.keep = keep
    }

    /// Fetches `subscriptions` into `cache`; `protected` names articles that are never pruned.
    /// `progress` sees each feed's report as it lands (in completion order).
    public func run(_ subscriptions: [Subscription], cache: LibraryCache, protected: Set<String>,
                    progress: (FeedReport) -> Void) -> [FeedReport] {
        struct Job: Sendable {
            var subscription: Subscription
            var etag: String?
            var lastModified: String?
            var havePages: Set<String>
        }
        let known = Dictionary((try? cache.feeds())?.map { ($0.url, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        let jobsList = subscriptions.map { subscription in
            let state = known[subscription.url]
            return Job(subscription: subscription, etag: state?.etag, lastModified: state?.lastModified,
                       havePages: (try? cache.entriesWithPages(feedURL: subscription.url)) ?? [])
        }
        let fetcher = self.fetcher
        var reports: [FeedReport] = []
        WorkerPool.run(count: jobsList.count, jobs: jobs, work: { index in
            let job = jobsList[index]
            return fetcher.fetch(url: job.subscription.url, etag: job.etag, lastModified: job.lastModified,
                                 fullText: job.subscription.fullText, havePages: job.havePages)
        }, deliver: { (index: Int, result: FeedFetcher.Result) in
            let subscription = jobsList[index].subscription
            let now = Int64(time(nil))
            var report = FeedReport(url: subscription.url, title: subscription.title ?? known[subscription.url]?.title,
                                    ok: true, newArticles: 0, message: "", movedTo: result.movedTo)
            do {
                if let moved = result.movedTo { try cache.renameFeed(subscription.url, to: moved) }
                let url = result.movedTo ?? subscription.url
                switch result.outcome {
                case .notModified:
                    report.message = "not modified"
                    try cache.recordResult(feedURL: url, ok: true, result: "not modified", at: now)
                case .fetched(let fetched):
                    report.newArticles = try cache.store(fetched, at: now, keep: keep, protected: protected)
                    if report.title == nil { report.title = fetched.feed.title }
                    report.message = "\(report.newArticles) new"
                case .failed(let failure):
                    report.ok = false
                    report.message = failure.description
                    try cache.recordResult(feedURL: url, ok: false, result: failure.description, at: now)
                }
            } catch {
                report.ok = false
                report.message = "cache: \(error)"
            }
            reports.append(report)
            progress(report)
        })
        return reports
    }
}
