import Foundation
import Helpdesk
import Testing

/// An import of many tickets, whose normalizing and checking is split between child tasks
/// past 8,192 tickets: each part's records and refused fields must come back under their own
/// index, as one pass in order would give them.
@Suite struct ImportTests {
    static let created = Date(timeIntervalSince1970: 1_700_000_000)
    static let customerID = CustomerID(rawValue: "cust_1")

    static func batch(_ count: Int, _ change: (Int, inout TicketRecord) -> Void = { _, _ in }) throws -> ImportBatch {
        let customerID = try #require(customerID)
        let tickets = try (0..<count).map { index in
            var ticket = TicketRecord(
                id: try #require(TicketID(rawValue: "tkt_\(index)")), subject: "Ticket \(index)",
                customerID: customerID, createdAt: created, updatedAt: created)
            change(index, &ticket)
            return ticket
        }
        return ImportBatch(
            customers: [Customer(id: customerID, email: "c@example.com", createdAt: created, updatedAt: created)],
            tickets: tickets)
    }

    static func service() -> HelpdeskService {
        HelpdeskService(store: InMemoryStore(), clock: .constant(created), ids: .incrementing())
    }

    @Test func aCustomersCustomFieldStringsAreTrimmed() async throws {
        var batch = try Self.batch(1)
        batch.customers[0].customFields = ["tier": .string(" vip\t"), "vip": .bool(true)]
        let service = Self.service()
        try await service.importRecords(batch)
        let customer = try await service.customer(try #require(Self.customerID))
        #expect(customer.customFields == ["tier": .string("vip"), "vip": .bool(true)])
    }

    @Test(arguments: [100, 9_000])
    func everyPartIsNormalizedInPlace(count: Int) async throws {
        let last = count - 1
        let batch = try Self.batch(count) { index, ticket in
            guard index == 1 || index == last else { return }
            ticket.subject = "  Padded \(index)\n"
            ticket.summary = "   "
            ticket.tags = [" Tag01 ", "TAG01", "tag02"]
            ticket.customFields = ["plan": .string(" gold "), "seats": .number(2)]
        }
        let service = Self.service()
        try await service.importRecords(batch)
        for index in [1, last] {
            let ticket = try await service.ticket(try #require(TicketID(rawValue: "tkt_\(index)")))
            #expect(ticket.subject == "Padded \(index)")
            #expect(ticket.summary == nil)
            #expect(ticket.tags == ["tag01", "tag02"])
            #expect(ticket.customFields == ["plan": .string("gold"), "seats": .number(2)])
        }
        let untouched = try await service.ticket(try #require(TicketID(rawValue: "tkt_2")))
        #expect(untouched.subject == "Ticket 2" && untouched.tags.isEmpty)
        #expect(try await service.tickets(TicketQuery().filter(tags: ["tag01"])).total == 2)
        #expect(try await service.tickets(TicketQuery()).total == count)
    }

    @Test(arguments: [100, 9_000])
    func refusedFieldsAreNamedByTheirOwnIndex(count: Int) async throws {
        let (early, middle, last) = (3, count / 2, count - 1)
        let batch = try Self.batch(count) { index, ticket in
            if index == early { ticket.description = "a\u{0}b" }
            if index == early + 1 { ticket.tags = (0...50).map { "t\($0)" } }
            if index == middle { ticket.tags = ["fine", "a,b"] }
            if index == last { ticket.subject = " " }
        }
        let service = Self.service()
        let error = await expectHelpdeskError(.badRequest) { try await service.importRecords(batch) }
        #expect(
            error?.fields == [
                "tickets[\(early)].description": "must not contain NUL characters",
                "tickets[\(early + 1)].tags": "may hold at most 50 values",
                "tickets[\(middle)].tags[1]": "must not contain commas",
                "tickets[\(last)].subject": "is required",
            ])
        #expect(try await service.tickets(TicketQuery()).total == 0)
    }
}
