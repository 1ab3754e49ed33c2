import GRDB
import Helpdesk
import Testing

@testable import HelpdeskSQLite

/// The schema is made by named migrations: an older database is upgraded in place, and
/// opening an up-to-date one runs nothing again.
@Suite struct MigrationTests {
    @Test func aDatabaseOfTheFirstMigrationIsUpgradedWithItsRecords() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file()
        let customer = Samples.customer(1)
        let ticket = modified(Samples.ticket(1, customer: customer.id)) { $0.subject = "Printer on fire" }
        do {
            let old = try DatabasePool(path: path)
            try Migrations.migrator(through: "v1-records").migrate(old)
            try await old.write { db in try Self.insertByHand(customer, ticket, db) }
            #expect(try await old.read { try $0.tableExists("ticket_search") } == false)
            #expect(try await old.read { try DatabaseMigrator().appliedIdentifiers($0) } == Set(["v1-records"]))
        }

        let upgraded = try SQLiteStore(path: path)
        #expect(try await upgraded.ticket(ticket.id) == Stored(ticket, version: 1))
        #expect(try await upgraded.tickets(TicketQuery()).total == 1, "the kept total counts the old ticket")
        let search = TicketQuery().matching(try #require(SearchText("printer fi")))
        #expect(try await upgraded.tickets(search).items.map(\.id) == [ticket.id], "the old ticket's words are indexed")
        #expect(try await upgraded.customers(CustomerQuery().matching(try #require(SearchText("ann")))).total == 1)
        #expect(
            try await upgraded.writer.read { try Migrations.migrator().appliedIdentifiers($0) } == Set(Migrations.names)
        )
    }

    @Test func reopeningAnUpToDateDatabaseRedoesNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file()
        let customer = Samples.customer(1)
        let ticket = Samples.ticket(1, customer: customer.id)
        try await SQLiteStore(path: path).apply(ChangeSet([.insertCustomer(customer), .insertTicket(ticket)]))

        let reopened = try SQLiteStore(path: path)
        let wordRows = try await reopened.writer.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM ticket_search")
        }
        #expect(wordRows == 1, "the full-text backfill did not run again")
        #expect(try await reopened.writer.read { try Migrations.migrator().hasCompletedMigrations($0) })
        try Migrations.migrator().migrate(reopened.writer)
        #expect(try await reopened.tickets(TicketQuery()).total == 1)
    }

    /// Rows as the first migration's schema holds them, written without the store.
    private static func insertByHand(_ customer: Customer, _ ticket: TicketRecord, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO customers(id, email, email_key, name, custom_fields, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, '{}', ?, ?, 1)
                """,
            arguments: [
                customer.id.rawValue, customer.email, customer.email.lowercased(), customer.name,
                customer.createdAt.millisecondsSince1970, customer.updatedAt.millisecondsSince1970,
            ])
        try db.execute(
            sql: """
                INSERT INTO tickets(id, subject, description, status, priority, customer_id, custom_fields,
                    created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?, 1)
                """,
            arguments: [
                ticket.id.rawValue, ticket.subject, ticket.description, ticket.status.rawValue, ticket.priority.rank,
                ticket.customerID.rawValue, ticket.createdAt.millisecondsSince1970,
                ticket.updatedAt.millisecondsSince1970,
            ])
    }
}
