import Foundation
import Testing

@testable import Helpdesk

/// One value of each model, with every optional filled in (`full`) or left out (`bare`).
enum Samples {
    static let created = seedInstant
    static let updated = instant(seedInstant.millisecondsSince1970 + 86_400_250)

    static func id<Kind: ResourceKind>(_ suffix: String, _ kind: Kind.Type = Kind.self) -> ResourceID<Kind> {
        ResourceID(trusted: Kind.prefix + suffix)
    }

    static let customFields: [String: JSONValue] = [
        "plan": .string("pro"), "seats": .number(12), "ratio": .number(0.75), "trial": .bool(false), "note": .null,
    ]

    static func ticket(full: Bool) -> Ticket {
        Ticket(
            id: id("123"), subject: "Help needed", description: full ? "Full ticket description..." : "",
            summary: full ? "Printer on fire" : nil, status: full ? .onHold : .open, priority: full ? .urgent : .medium,
            customer: Ticket.Customer(id: id("456"), email: "user@example.com", name: full ? "John Doe" : nil),
            assignee: full ? Ticket.Assignee(id: id("789"), name: "Agent Smith", email: "smith@example.com") : nil,
            tags: full ? ["support", "billing"] : [], customFields: full ? customFields : [:], createdAt: created,
            updatedAt: full ? updated : created)
    }

    static func customer(full: Bool) -> Customer {
        Customer(
            id: id("456"), email: "user@example.com", name: full ? "John Doe" : nil, phone: full ? "+1-555-0123" : nil,
            company: full ? "Acme Inc" : nil, customFields: full ? customFields : [:], ticketCount: full ? 5 : 0,
            createdAt: created, updatedAt: full ? updated : created)
    }

    static func conversation(author: Author) -> Conversation {
        Conversation(
            id: id("1"), ticketID: id("123"), type: author == .system ? .system : .reply, isInternal: author == .system,
            author: author, content: "<p>Thank you for <b>reaching out</b></p>",
            contentText: "Thank you for reaching out", createdAt: updated)
    }

    static func user(active: Bool) -> User {
        User(
            id: id("789"), email: "smith@example.com", name: "Agent Smith", role: active ? .admin : .viewer,
            isActive: active, createdAt: created)
    }

    static func tag(count: Int) -> Helpdesk.Tag {
        Helpdesk.Tag(id: id("1"), name: "billing", color: "#ff0000", ticketCount: count, createdAt: updated)
    }

    static func article(published: Bool) -> Article {
        Article(
            id: id("1"), title: "How to reset password", body: "Article *content* in markdown...",
            collectionID: published ? id("123") : nil, status: published ? .published : .draft,
            publishedAt: published ? updated : nil, createdAt: created, updatedAt: published ? updated : created)
    }

    static func collection(described: Bool) -> ArticleCollection {
        ArticleCollection(
            id: id("123"), name: "Guides", description: described ? "How-tos" : nil, createdAt: created,
            updatedAt: described ? updated : created)
    }
}
