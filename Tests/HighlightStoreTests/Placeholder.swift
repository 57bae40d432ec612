import Testing
@Test func placeholderHighlightStoreTests() { #expect(Bool(true)) }
