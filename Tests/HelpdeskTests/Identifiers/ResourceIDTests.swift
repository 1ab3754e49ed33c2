import Foundation
import Testing

@testable import Helpdesk

@Suite struct ResourceIDTests {
    static let valid = [
        "tkt_1", "tkt_AZaz09-_", "tkt_" + repeated("x", 64), "tkt__", "tkt_-", "tkt_01JH0000000000000000000000",
    ]

    @Test(arguments: valid)
    func acceptsPrefixAndURLSafeSuffix(text: String) throws {
        let id = try #require(TicketID(rawValue: text))
        #expect(id.rawValue == text)
        #expect(id.description == text)
        #expect(TicketID.isValid(text))
    }

    static let invalid = [
        "", "tkt_", "tkt", "tkt1", "TKT_1", "tk_1", "tkt-1", " tkt_1", "tkt_1 ", "tkt_1\n", "tkt_a b", "tkt_a/b",
        "tkt_a.b", "tkt_a+b", "tkt_é", "tkt_😀", "tkt_a\u{0}", "tkt_" + repeated("x", 65), "cust_1", "conv_1",
    ]

    @Test(arguments: invalid)
    func refusesWrongPrefixOrSuffix(text: String) {
        #expect(TicketID(rawValue: text) == nil)
        #expect(!TicketID.isValid(text))
    }

    @Test func eachKindHasItsOwnPrefix() {
        #expect(TicketID(rawValue: "tkt_1") != nil)
        #expect(ConversationID(rawValue: "conv_1") != nil)
        #expect(CustomerID(rawValue: "cust_1") != nil)
        #expect(UserID(rawValue: "user_1") != nil)
        #expect(TagID(rawValue: "tag_1") != nil)
        #expect(ArticleID(rawValue: "art_1") != nil)
        #expect(CollectionID(rawValue: "col_1") != nil)
        #expect(APIKeyID(rawValue: "key_1") != nil)
        #expect(CustomerID(rawValue: "tkt_1") == nil)
        #expect(UserID(rawValue: "users_1") == nil)
        #expect(CollectionID(rawValue: "coll_1") == nil)
    }

    @Test func comparesByRawBytes() throws {
        let ids = try ["tkt_b", "tkt_A", "tkt_10", "tkt_9", "tkt_a", "tkt__", "tkt_-"].map {
            try #require(TicketID(rawValue: $0))
        }
        #expect(ids.sorted().map(\.rawValue) == ["tkt_-", "tkt_10", "tkt_9", "tkt_A", "tkt__", "tkt_a", "tkt_b"])
    }

    @Test func encodesAsAPlainString() throws {
        let id = try #require(CustomerID(rawValue: "cust_456"))
        #expect(String(decoding: try JSONEncoder().encode([id]), as: UTF8.self) == #"["cust_456"]"#)
        #expect(try codingRoundTrip([id]) == [id])
    }

    static let undecodable = [#"["tkt_1"]"#, #"["cust_"]"#, #"["cust_a b"]"#, "[1]", "[null]", #"[["cust_1"]]"#]

    @Test(arguments: undecodable)
    func decodingRefusesAnythingButAValidID(text: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CustomerID].self, from: Data(text.utf8)) }
    }
}
