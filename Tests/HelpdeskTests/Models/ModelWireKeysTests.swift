import Foundation
import Testing

@testable import Helpdesk

/// Each model encodes to exactly the seed's snake_case keys, with `null` for absent optionals.
@Suite struct ModelWireKeysTests {
    static let ticketKeys: Set<String> = [
        "id", "subject", "description", "summary", "status", "priority", "customer", "assignee", "tags",
        "custom_fields",
        "created_at", "updated_at",
    ]

    @Test func ticketHasEveryKeyAndNullsForAbsentOptionals() throws {
        let wire = try wireObject(Samples.ticket(full: false))
        #expect(Set(wire.keys) == Self.ticketKeys)
        #expect(wire["summary"] == .null)
        #expect(wire["assignee"] == .null)
        #expect(wire["description"] == .string(""))
        #expect(wire["tags"] == .array([]))
        #expect(wire["custom_fields"] == .object([:]))
        #expect(
            wire["customer"]
                == .object(["id": .string("cust_456"), "email": .string("user@example.com"), "name": .null]))
        #expect(wire["created_at"] == .string("2025-01-15T10:30:00Z"))
        #expect(wire["status"] == .string("open"))
        #expect(wire["priority"] == .string("medium"))
    }

    @Test func ticketWritesFilledInValues() throws {
        let wire = try wireObject(Samples.ticket(full: true))
        #expect(Set(wire.keys) == Self.ticketKeys)
        #expect(wire["status"] == .string("on_hold"))
        #expect(wire["summary"] == .string("Printer on fire"))
        #expect(
            wire["assignee"]
                == .object([
                    "id": .string("user_789"), "name": .string("Agent Smith"), "email": .string("smith@example.com"),
                ]))
        #expect(wire["tags"] == .array([.string("support"), .string("billing")]))
        #expect(wire["custom_fields"] == .object(Samples.customFields))
        #expect(wire["updated_at"] == .string("2025-01-16T10:30:00.250Z"))
    }

    @Test func ticketListItemLeavesOutDescriptionAndCustomFields() throws {
        let wire = try wireObject(TicketListItem(Samples.ticket(full: true)))
        #expect(Set(wire.keys) == Self.ticketKeys.subtracting(["description", "custom_fields"]))
        #expect(wire["assignee"]?.objectValue?["id"] == .string("user_789"))
        #expect(try wireObject(TicketListItem(Samples.ticket(full: false)))["assignee"] == .null)
    }

    @Test func customerNullsItsAbsentOptionals() throws {
        let wire = try wireObject(Samples.customer(full: false))
        #expect(
            Set(wire.keys) == [
                "id", "email", "name", "phone", "company", "custom_fields", "ticket_count", "created_at", "updated_at",
            ])
        #expect(wire["name"] == .null)
        #expect(wire["phone"] == .null)
        #expect(wire["company"] == .null)
        #expect(wire["ticket_count"] == .number(0))
        #expect(try wireObject(Samples.customer(full: true))["phone"] == .string("+1-555-0123"))
    }

    @Test(arguments: [Author.user(Samples.id("789")), .customer(Samples.id("456")), .system])
    func conversationWritesItsAuthor(author: Author) throws {
        let wire = try wireObject(Samples.conversation(author: author))
        #expect(
            Set(wire.keys) == [
                "id", "ticket_id", "type", "internal", "author", "content", "content_text", "created_at",
            ])
        let expectedID: JSONValue = author.idString.map(JSONValue.string) ?? .null
        #expect(wire["author"] == .object(["type": .string(author.typeName), "id": expectedID]))
        #expect(wire["ticket_id"] == .string("tkt_123"))
        #expect(wire["internal"] == .bool(author == .system))
        #expect(wire["content_text"] == .string("Thank you for reaching out"))
    }

    @Test func userWritesActiveAndRole() throws {
        let wire = try wireObject(Samples.user(active: false))
        #expect(Set(wire.keys) == ["id", "email", "name", "role", "active", "created_at"])
        #expect(wire["active"] == .bool(false))
        #expect(wire["role"] == .string("viewer"))
    }

    @Test func tagWritesColourAndCount() throws {
        let wire = try wireObject(Samples.tag(count: 3))
        #expect(Set(wire.keys) == ["id", "name", "color", "ticket_count", "created_at"])
        #expect(wire["color"] == .string("#ff0000"))
        #expect(wire["ticket_count"] == .number(3))
    }

    @Test func articleNullsPublishedAtAndCollection() throws {
        let keys: Set<String> = [
            "id", "title", "body", "collection_id", "status", "published_at", "created_at", "updated_at",
        ]
        let draft = try wireObject(Samples.article(published: false))
        #expect(Set(draft.keys) == keys)
        #expect(draft["published_at"] == .null)
        #expect(draft["collection_id"] == .null)
        #expect(draft["status"] == .string("draft"))
        let published = try wireObject(Samples.article(published: true))
        #expect(published["published_at"] == .string("2025-01-16T10:30:00.250Z"))
        #expect(published["collection_id"] == .string("col_123"))
    }

    @Test func collectionNullsItsDescription() throws {
        let wire = try wireObject(Samples.collection(described: false))
        #expect(Set(wire.keys) == ["id", "name", "description", "created_at", "updated_at"])
        #expect(wire["description"] == .null)
    }

    @Test func datesUseTheWireFormatWhateverTheEncodersStrategy() throws {
        for strategy: JSONEncoder.DateEncodingStrategy in [.deferredToDate, .secondsSince1970, .iso8601] {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = strategy
            let wire = try wireObject(Samples.article(published: true), encoder: encoder)
            #expect(wire["created_at"] == .string("2025-01-15T10:30:00Z"))
            #expect(wire["published_at"] == .string("2025-01-16T10:30:00.250Z"))
        }
    }
}
