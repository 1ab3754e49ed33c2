import Foundation
import Testing

@testable import Helpdesk

/// The response bodies of `seeds/rest-api-reference.txt`, with their `{ ... }` placeholders filled in.
@Suite struct SeedExampleTests {
    static let ticketListItem = """
        {
          "id": "tkt_123",
          "subject": "Help needed",
          "status": "open",
          "priority": "medium",
          "customer": {
            "id": "cust_456",
            "email": "user@example.com"
          },
          "assignee": null,
          "tags": ["support"],
          "created_at": "2025-01-15T10:30:00Z",
          "updated_at": "2025-01-15T10:30:00Z"
        }
        """

    @Test func ticketListDecodes() throws {
        let body = """
            {
              "data": [\(Self.ticketListItem)],
              "meta": {"limit": 25, "total": 150, "next_cursor": "2025-01-15T10:30:00Z"}
            }
            """
        let tickets = try decodeData([Ticket].self, fromEnvelope: body)
        let ticket = try #require(tickets.first)
        #expect(ticket.id.rawValue == "tkt_123")
        #expect(ticket.customer == Ticket.Customer(id: Samples.id("456"), email: "user@example.com", name: nil))
        #expect(ticket.assignee == nil)
        #expect(ticket.description == "")
        #expect(ticket.summary == nil)
        #expect(ticket.customFields == [:])
        #expect(ticket.tags == ["support"])
        #expect(ticket.createdAt == seedInstant)
    }

    @Test func ourListItemWritesEverythingTheSeedShows() throws {
        let seed = try #require(try json(Self.ticketListItem).objectValue)
        var ticket = Samples.ticket(full: false)
        ticket.tags = ["support"]
        let ours = try wireObject(TicketListItem(ticket))
        for (key, value) in seed where key != "customer" {
            #expect(ours[key] == value, "\(key)")
        }
        let customer = try #require(ours["customer"]?.objectValue)
        for (key, value) in try #require(seed["customer"]?.objectValue) {
            #expect(customer[key] == value, "customer.\(key)")
        }
    }

    @Test func getTicketDecodes() throws {
        let body = """
            {
              "data": {
                "id": "tkt_123",
                "subject": "Help needed",
                "status": "open",
                "priority": "medium",
                "description": "Full ticket description...",
                "customer": {"id": "cust_456", "email": "user@example.com"},
                "assignee": {"id": "user_789", "name": "Agent Smith", "email": "smith@example.com"},
                "tags": ["support"],
                "custom_fields": {},
                "created_at": "2025-01-15T10:30:00Z",
                "updated_at": "2025-01-15T10:30:00Z"
              }
            }
            """
        let ticket = try decodeData(Ticket.self, fromEnvelope: body)
        #expect(ticket.description == "Full ticket description...")
        #expect(
            ticket.assignee == Ticket.Assignee(id: Samples.id("789"), name: "Agent Smith", email: "smith@example.com"))
        #expect(ticket.updatedAt == seedInstant)
    }

    @Test func conversationListDecodes() throws {
        let body = """
            {
              "data": [
                {
                  "id": "conv_123",
                  "ticket_id": "tkt_123",
                  "type": "reply",
                  "internal": false,
                  "content_text": "Message content",
                  "created_at": "2025-01-15T10:30:00Z"
                }
              ],
              "meta": {"limit": 50, "total": 150, "next_cursor": "2025-01-15T10:30:00Z"}
            }
            """
        let conversation = try #require(try decodeData([Conversation].self, fromEnvelope: body).first)
        #expect(conversation.ticketID.rawValue == "tkt_123")
        #expect(conversation.type == .reply)
        #expect(!conversation.isInternal)
        #expect(conversation.contentText == "Message content")
        #expect(conversation.content == "Message content")
    }

    @Test func getCustomerDecodes() throws {
        let body = """
            {
              "data": {
                "id": "cust_456",
                "email": "user@example.com",
                "name": "John Doe",
                "phone": "+1-555-0123",
                "company": "Acme Inc",
                "custom_fields": {},
                "ticket_count": 5,
                "created_at": "2025-01-01T00:00:00Z"
              }
            }
            """
        let customer = try decodeData(Customer.self, fromEnvelope: body)
        #expect(customer.name == "John Doe")
        #expect(customer.phone == "+1-555-0123")
        #expect(customer.company == "Acme Inc")
        #expect(customer.ticketCount == 5)
        #expect(ISO8601.format(customer.createdAt) == "2025-01-01T00:00:00Z")
        #expect(customer.updatedAt == customer.createdAt)
    }

    @Test func tagAndArticleBodiesDecodeWithIDsAndDates() throws {
        let tag = try decodeData(
            Helpdesk.Tag.self,
            fromEnvelope: """
                {"data": {"id": "tag_1", "name": "billing", "color": "#ff0000", "created_at": "2025-01-15T10:30:00Z"}}
                """)
        #expect(tag.color == "#ff0000")
        #expect(tag.ticketCount == 0)
        let article = try decodeData(
            Article.self,
            fromEnvelope: """
                {"data": {"id": "art_1", "title": "How to reset password", "body": "Article content in markdown...",
                 "collection_id": "col_123", "status": "draft", "published_at": null, "created_at": "2025-01-15T10:30:00Z"}}
                """)
        #expect(article.collectionID?.rawValue == "col_123")
        #expect(article.status == .draft)
        #expect(article.publishedAt == nil)
    }
}
