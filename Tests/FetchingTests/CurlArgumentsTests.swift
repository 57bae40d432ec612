import Testing
@testable import Fetching

/// The argv given to curl carries every safety option and never a dangerous one.
struct CurlArgumentsTests {
    /// Limits that differ from the defaults, so each value can be found in the argv.
    static let limits = FetchLimits(connectTimeoutSeconds: 3, totalTimeoutSeconds: 7, maxBytes: 12345, maxRedirects: 4)
    /// The argv under test.
    static let argv = CurlArguments.argv(
        program: "/usr/bin/curl", url: "http://example.com/", userAgent: "Folio/1.2", limits: limits, marker: "folio-m"
    )

    /// The value following `option` in the argv.
    static func value(_ option: String) -> String? {
        guard let index = argv.firstIndex(of: option), index + 1 < argv.count else { return nil }
        return argv[index + 1]
    }

    @Test func noUserConfigIsReadAndTheURLIsNeverAnOption() {
        #expect(Self.argv[0] == "/usr/bin/curl")
        #expect(Self.argv[1] == "-q")
        #expect(Array(Self.argv.suffix(2)) == ["--url", "http://example.com/"])
    }

    @Test func limitsAndProtocolsArePassed() {
        #expect(Self.value("--connect-timeout") == "3")
        #expect(Self.value("--max-time") == "7")
        #expect(Self.value("--max-filesize") == "12345")
        #expect(Self.value("--max-redirs") == "4")
        #expect(Self.value("--proto") == "=http,https")
        #expect(Self.value("--proto-redir") == "=http,https")
        #expect(Self.value("--user-agent") == "Folio/1.2")
        for flag in ["--location", "--compressed", "--silent", "--show-error", "--globoff"] {
            #expect(Self.argv.contains(flag), "\(flag)")
        }
    }

    @Test func tlsIsNeverRelaxedAndProxiesAreLeftToCurl() {
        for flag in ["-k", "--insecure", "--noproxy", "--proxy", "-x", "--proxy-insecure", "-K", "--config"] {
            #expect(!Self.argv.contains(flag), "\(flag)")
        }
    }

    @Test func aUserAgentCannotAddHeaderLines() {
        let argv = CurlArguments.argv(program: "curl", url: "http://x/", userAgent: "Folio/1\r\nX-Evil: 1",
                                      limits: .standard, marker: "m")
        let agent = argv[argv.firstIndex(of: "--user-agent")! + 1]
        #expect(!agent.contains("\n") && !agent.contains("\r"))
    }
}
