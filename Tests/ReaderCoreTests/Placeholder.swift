import Testing
@Test func placeholderReaderCoreTests() { #expect(Bool(true)) }
