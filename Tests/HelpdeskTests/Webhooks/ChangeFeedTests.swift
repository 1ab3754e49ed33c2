import Foundation
import Helpdesk
import HelpdeskTesting
import Testing

/// The outbox behind `GET /events`: an event for every kind of change, none for a refused
/// request, in commit order with cursors that never skip or repeat, for as long as events are kept.
@Suite struct ChangeFeedTests {
    @Test func everyKindOfChangeWritesItsEvent() async throws {
        let bed = try await WebhookTestbed()
        let client = bed.client
        let customer = try await client.post("/customers", json: #"{"email": "carl@example.com"}"#).string("data", "id")
        #expect(await client.patch("/customers/\(customer)", json: #"{"name": "Carl"}"#).status == 200)
        let user = try await client.post("/users", json: #"{"email": "ann@example.com", "name": "Ann"}"#)
            .string("data", "id")
        #expect(await client.patch("/users/\(user)", json: #"{"role": "viewer"}"#).status == 200)
        #expect(await client.post("/users/\(user)/api_keys", json: "{}").status == 201)
        let tag = try await client.post("/tags", json: #"{"name": "vip"}"#).string("data", "id")
        #expect(await client.patch("/tags/\(tag)", json: #"{"name": "gold"}"#).status == 200)
        let collection = try await client.post("/collections", json: #"{"name": "Start"}"#).string("data", "id")
        #expect(await client.patch("/collections/\(collection)", json: #"{"name": "Begin"}"#).status == 200)
        let article = try await client.post("/articles", json: #"{"title": "Reset"}"#).string("data", "id")
        #expect(await client.patch("/articles/\(article)", json: #"{"status": "published"}"#).status == 200)
        let ticket = try await client.post(
            "/tickets", json: #"{"subject": "Help", "customer_email": "dora@example.com", "tags": ["new"]}"#
        ).string("data", "id")
        #expect(await client.patch("/tickets/\(ticket)", json: #"{"status": "pending"}"#).status == 200)
        #expect(
            await client.post("/conversations", json: #"{"ticket_id": "\#(ticket)", "content": "Hi"}"#).status == 201)
        for path in ["/articles/\(article)", "/collections/\(collection)", "/tags/\(tag)", "/tickets/\(ticket)"] {
            #expect(await client.delete(path).status == 204, "\(path)")
        }
        try await bed.ticket("Another", customer: "carl@example.com")
        #expect(await client.delete("/customers/\(customer)?force=true").status == 204)

        let events = try await bed.allEvents()
        #expect(Set(events.map(\.type)) == Set(EventCatalogue.names))
        for event in events {
            let json = try #require(event.json)
            #expect(json["type"]?.stringValue == event.type)
            #expect(json["id"]?.stringValue == event.id.rawValue)
            #expect(json["resource"]?["id"]?.stringValue == event.resourceID)
            #expect(json["data"]?["id"]?.stringValue == event.resourceID, "\(event.payload)")
            let isDeletion = event.type.hasSuffix(".deleted")
            #expect((json["data"]?["deleted"] == .bool(true)) == isDeletion, "\(event.payload)")
            #expect((json["changed_fields"] != nil) == event.type.hasSuffix(".updated"), "\(event.payload)")
        }
        let key = try #require(events.last { $0.type == "api_key.created" }?.json)
        #expect(key["data"]?["digest"] == nil && key["data"]?["owner"]?["id"]?.stringValue == user)
        let created = try #require(events.first { $0.type == "ticket.created" && $0.resourceID == ticket }?.json)
        #expect(created["data"]?["customer"]?["email"]?.stringValue == "dora@example.com", "a new customer is shown")
        #expect(created["data"]?["tags"]?.arrayValue == [.string("new")])
        let updated = try #require(events.first { $0.type == "ticket.updated" && $0.resourceID == ticket }?.json)
        #expect(updated["changed_fields"]?.arrayValue?.contains(.string("status")) == true)
        #expect(updated["data"]?["status"]?.stringValue == "pending")
        #expect(
            events.filter { $0.type == "ticket.deleted" }.count == 2, "a forced customer deletion reports its tickets")
    }

    @Test func aCustomerAndTagsMadeByATicketShowItInTheirCount() async throws {
        let bed = try await WebhookTestbed()
        let ticket = try await bed.client.post(
            "/tickets", json: #"{"subject": "Help", "customer_email": "dora@example.com", "tags": ["new", "vip"]}"#
        ).string("data", "id")
        #expect(await bed.client.patch("/tickets/\(ticket)", json: #"{"tags": ["new", "vip", "later"]}"#).status == 200)

        let made = try await bed.allEvents().filter { $0.type == "customer.created" || $0.type == "tag.created" }
        #expect(made.count == 4)
        for event in made {
            let data = try #require(event.json?["data"])
            #expect(data["ticket_count"] == .number(1), "\(event.payload) has the one ticket, as GET shows it")
        }
    }

    @Test func refusedRequestsWriteNoEvent() async throws {
        let bed = try await WebhookTestbed()
        let client = bed.client
        let ticket = try await bed.ticket()
        let viewer = try await client.key(for: .viewer)
        let before = try await bed.allEvents()
        let refusals: [(Int, HelpdeskTestResponse)] = [
            (400, await client.post("/tickets", json: "{}")),
            (
                400,
                await client.post(
                    "/tickets",
                    json: #"{"subject": "x", "customer_email": "new@example.com", "assignee_id": "user_none"}"#)
            ),
            (409, await client.post("/customers", json: #"{"email": "bob@example.com"}"#)),
            (409, await client.delete("/customers/\(ticket.customer.id)")),
            (
                412,
                await client.patch(
                    "/tickets/\(ticket.id)", json: #"{"status": "solved"}"#, headers: [("If-Match", "\"0\"")])
            ),
            (403, await client.post("/tags", json: #"{"name": "x"}"#, key: viewer)),
            (404, await client.patch("/tickets/tkt_missing", json: #"{"status": "solved"}"#)),
        ]
        for (status, response) in refusals { #expect(response.status == status, "\(response.response.bodyText)") }
        let after = try await bed.allEvents()
        #expect(after.map(\.id) == before.map(\.id))
        #expect(try await bed.service.store.customer(email: "new@example.com") == nil)
    }

    @Test func walksNeverSkipOrRepeatUnderConcurrentWrites() async throws {
        let bed = try await WebhookTestbed()
        let writers = 4
        let perWriter = 25
        let service = bed.service
        async let created: [TicketID] = withThrowingTaskGroup(of: [TicketID].self) { group in
            for writer in 0..<writers {
                group.addTask {
                    var ids: [TicketID] = []
                    for n in 0..<perWriter {
                        let ticket = try await service.createTicket(
                            TicketCreate(subject: "T \(writer) \(n)", customer: .email("w\(writer)@example.com")),
                            by: .system)
                        ids.append(ticket.id)
                    }
                    return ids
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        var seen: [EventRecord] = []
        var cursor: FeedCursor?
        for _ in 0..<200 {
            let page = try await service.eventFeed(after: cursor, limit: 3)
            seen += page.events
            cursor = page.nextCursor
            await Task.yield()
        }
        let tickets = try await created
        while true {
            let page = try await service.eventFeed(after: cursor, limit: 50)
            seen += page.events
            cursor = page.nextCursor
            if page.events.isEmpty { break }
        }
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.sequence < $1.sequence }, "in commit order, none twice")
        #expect(Set(seen.map(\.id)).count == seen.count)
        let createdInFeed = seen.filter { $0.type == "ticket.created" }.map(\.resourceID)
        #expect(Set(createdInFeed) == Set(tickets.map(\.rawValue)))
        #expect(seen.filter { $0.type == "customer.created" }.count == writers)
        #expect(seen.map(\.id) == (try await bed.allEvents()).map(\.id), "a later walk sees the same")
    }

    @Test func cursorsOlderThanTheRetentionWindowAreRefused() async throws {
        let bed = try await WebhookTestbed(retention: 86_400)
        try await bed.ticket("Old")
        let first = try await bed.service.eventFeed(after: nil, limit: 1)
        let latest = try await bed.service.eventFeed(after: nil, limit: 100).nextCursor
        bed.clock.advance(by: 2 * 86_400)
        let fresh = try await bed.ticket("New", customer: "new@example.com")
        let error = await expectHelpdeskError(.badRequest) {
            _ = try await bed.service.eventFeed(after: first.nextCursor, limit: 10)
        }
        #expect(error?.fields["after"]?.contains("older than the events kept") == true)
        let resumed = try await bed.service.eventFeed(after: latest, limit: 10)
        #expect(resumed.events.map(\.resourceID).contains(fresh.id.rawValue))
        #expect(
            resumed.events.allSatisfy { $0.occurredAt >= bed.clock.dateGenerator.now().addingTimeInterval(-86_400) })
        let restart = try await bed.service.eventFeed(after: nil, limit: 10)
        #expect(restart.events.map(\.id) == resumed.events.map(\.id), "only events inside the window are kept")
    }

    /// A cursor the feed never gave, past its newest event, is refused: polled from, it would
    /// hide the events numbered up to it.
    @Test func aCursorPastTheNewestEventIsRefused() async throws {
        let bed = try await WebhookTestbed()
        try await bed.ticket()
        let end = try await bed.service.eventFeed(after: nil, limit: 100).nextCursor
        let ahead = FeedCursor(sequence: end.sequence + 3)
        let error = await expectHelpdeskError(.badRequest) {
            _ = try await bed.service.eventFeed(after: ahead, limit: 10)
        }
        #expect(error?.fields["after"]?.contains("past the newest event") == true)
        let refused = await bed.client.get("/events?after=\(ahead.token)")
        #expect(refused.status == 400)
        #expect(refused.value("error", "message")?.stringValue?.hasPrefix("Invalid query parameter after") == true)
        #expect(FeedCursor(token: end.token) == end)
        for text in ["feed:0\(end.sequence)", "feed:+\(end.sequence)", "feed:-0", "feed: 1"] {
            let token = Data(text.utf8).base64EncodedString().replacing("+", with: "-").replacing("/", with: "_")
            #expect(FeedCursor(token: token.replacing("=", with: "")) == nil, "\(text)")
        }
        let fresh = try await bed.ticket("Later", customer: "later@example.com")
        let polled = try await bed.service.eventFeed(after: end, limit: 100)
        #expect(polled.events.map(\.resourceID).contains(fresh.id.rawValue))
        #expect(polled.events.allSatisfy { $0.sequence > end.sequence })
        let limited = try await bed.service.eventFeed(after: end, limit: 1)
        #expect(limited.events.map(\.id) == Array(polled.events.prefix(1).map(\.id)))
        #expect(limited.hasMore == (polled.events.count > 1))
    }

    @Test func theFeedOverHTTP() async throws {
        let bed = try await WebhookTestbed()
        try await bed.ticket()
        let page = await bed.client.get("/events?limit=2")
        #expect(page.status == 200)
        #expect(page.items.count == 2)
        #expect(page.value("meta", "has_more") == .bool(true))
        let cursor = try page.string("meta", "next_cursor")
        let rest = await bed.client.get("/events?after=\(cursor)&limit=100")
        #expect(rest.items.first?["id"] != page.items.last?["id"])
        #expect(rest.value("meta", "has_more") == .bool(false))
        let end = try rest.string("meta", "next_cursor")
        let empty = await bed.client.get("/events?after=\(end)")
        let polled = try empty.string("meta", "next_cursor")
        #expect(empty.items.isEmpty && polled == end, "polling keeps its place")
        for bad in ["after=nope", "after=", "limit=0", "cursor=x"] {
            let refused = await bed.client.get("/events?\(bad)")
            #expect(refused.status == 400, "\(bad)")
        }
        let agent = try await bed.client.key(for: .agent)
        #expect(await bed.client.get("/events", key: agent).status == 403)
    }
}
