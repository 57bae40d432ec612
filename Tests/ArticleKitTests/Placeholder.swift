import Testing
@Test func placeholderArticleKitTests() { #expect(Bool(true)) }
