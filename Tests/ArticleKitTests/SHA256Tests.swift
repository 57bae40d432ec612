import Foundation
import Testing
@testable import ArticleKit

/// The cache's SHA-256 against FIPS vectors and against the system's sha256sum.
struct SHA256Tests {
    @Test func fipsVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test(.timeLimit(.minutes(1)))
    func agreesWithSha256sumAcrossBlockBoundaries() throws {
        // coreutils is part of every machine this builds on: a missing sha256sum is a failure, not a skip.
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum"), "sha256sum (coreutils) is missing")
        var generator = SystemRandomNumberGenerator()
        for length in [1, 55, 56, 57, 63, 64, 65, 119, 120, 200] {
            let text = String((0..<length).map { _ in Character(UnicodeScalar(UInt8.random(in: 0x21...0x7e, using: &generator))) })
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let expected = String(decoding: data, as: UTF8.self).prefix(64)
            #expect(SHA256.hex(Array(text.utf8)) == String(expected), "length \(length)")
        }
    }
}
