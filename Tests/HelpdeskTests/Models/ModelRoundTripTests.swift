import Foundation
import Testing

@testable import Helpdesk

/// Encoding then decoding gives an equal value, for every model and both shapes of its optionals.
@Suite struct ModelRoundTripTests {
    @Test(arguments: [true, false])
    func ticket(full: Bool) throws {
        let ticket = Samples.ticket(full: full)
        #expect(try codingRoundTrip(ticket) == ticket)
    }

    @Test(arguments: [true, false])
    func customer(full: Bool) throws {
        let customer = Samples.customer(full: full)
        #expect(try codingRoundTrip(customer) == customer)
    }

    @Test(arguments: [Author.user(Samples.id("789")), .customer(Samples.id("456")), .system])
    func conversation(author: Author) throws {
        let conversation = Samples.conversation(author: author)
        #expect(try codingRoundTrip(conversation) == conversation)
    }

    @Test(arguments: [true, false])
    func user(active: Bool) throws {
        let user = Samples.user(active: active)
        #expect(try codingRoundTrip(user) == user)
    }

    @Test(arguments: [0, 7])
    func tag(count: Int) throws {
        let tag = Samples.tag(count: count)
        #expect(try codingRoundTrip(tag) == tag)
    }

    @Test(arguments: [true, false])
    func article(published: Bool) throws {
        let article = Samples.article(published: published)
        #expect(try codingRoundTrip(article) == article)
    }

    @Test(arguments: [true, false])
    func collection(described: Bool) throws {
        let collection = Samples.collection(described: described)
        #expect(try codingRoundTrip(collection) == collection)
    }

    @Test func datesBefore1970AndInLeapDaysRoundTrip() throws {
        for milliseconds: Int64 in [-14_182_940_000, -1, 951_825_600_001, -62_135_596_800_000, 253_402_300_799_999] {
            var tag = Samples.tag(count: 0)
            tag.createdAt = instant(milliseconds)
            #expect(try codingRoundTrip(tag) == tag)
        }
    }

    @Test func enumsUseTheirWireNames() throws {
        #expect(TicketStatus.allCases.map(\.rawValue) == ["open", "pending", "on_hold", "solved", "closed"])
        #expect(TicketPriority.allCases.map(\.rawValue) == ["low", "medium", "high", "urgent"])
        #expect(TicketPriority.allCases.sorted(by: >) == [.urgent, .high, .medium, .low])
        #expect(ConversationType.allCases.map(\.rawValue) == ["reply", "note", "system"])
        #expect(UserRole.allCases.map(\.rawValue) == ["admin", "agent", "viewer"])
        #expect(ArticleStatus.allCases.map(\.rawValue) == ["draft", "published"])
    }

    static let undecodableTags: [String] = [
        #"{"id":"cust_1","name":"x","created_at":"2025-01-15T10:30:00Z"}"#,
        #"{"id":"tag_1","name":"x","created_at":"2025-02-30T10:30:00Z"}"#,
        #"{"id":"tag_1","name":"x","created_at":"yesterday"}"#,
        #"{"id":"tag_1","name":"x","created_at":1736937000}"#,
        #"{"id":"tag_1","name":"x"}"#,
        #"{"id":"tag_1","created_at":"2025-01-15T10:30:00Z"}"#,
    ]

    @Test(arguments: undecodableTags)
    func decodingRefusesBadIDsAndDates(text: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Helpdesk.Tag.self, from: Data(text.utf8)) }
    }

    static let undecodableConversations: [String] = [
        #"{"id":"conv_1","ticket_id":"tkt_1","type":"email","internal":false,"content_text":"x","created_at":"2025-01-15T10:30:00Z"}"#,
        #"{"id":"conv_1","ticket_id":"tkt_1","type":"reply","internal":false,"author":{"type":"robot"},"content_text":"x","created_at":"2025-01-15T10:30:00Z"}"#,
        #"{"id":"conv_1","ticket_id":"tkt_1","type":"reply","internal":false,"author":{"type":"user","id":"cust_1"},"content_text":"x","created_at":"2025-01-15T10:30:00Z"}"#,
    ]

    @Test(arguments: undecodableConversations)
    func decodingRefusesUnknownEnumValues(text: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Conversation.self, from: Data(text.utf8)) }
    }
}
