import Helpdesk
import HelpdeskPostgres
import PostgresNIO
import Testing

/// Migrations: applied once, in order, whoever starts first.
@Suite struct MigrationTests {
    @Test func appliedTwiceTheSecondTimeDoesNothing() async throws {
        let schema = try #require(TestDatabase.freshSchema())
        let store = PostgresStore(client: try TestDatabase.shared.get(), schema: schema)
        #expect(try await store.migrate() == [1, 2, 3])
        #expect(try await store.migrate() == [])
        let recorded = try await store.client.query(
            PostgresQuery(unsafeSQL: "SELECT version FROM \"\(schema.name)\".schema_migrations ORDER BY version"))
        var versions: [Int32] = []
        for try await version in recorded.decode(Int32.self) { versions.append(version) }
        #expect(versions == [1, 2, 3])
    }

    /// Two processes migrating one empty schema at the same time: each step is applied once.
    @Test func twoProcessesMigratingAtOnceApplyEachStepOnce() async throws {
        let schema = try #require(TestDatabase.freshSchema())
        let first = PostgresStore(client: try TestDatabase.makeClient(), schema: schema)
        let second = PostgresStore(client: try TestDatabase.makeClient(), schema: schema)
        async let a = first.migrate()
        async let b = second.migrate()
        let applied = try await a + b
        #expect(applied.sorted() == [1, 2, 3])
        #expect(try await first.tickets(TicketQuery()).total == 0)
    }

    @Test func schemaNamesAreChecked() {
        #expect(Schema("helpdesk_1") != nil)
        #expect(Schema("Helpdesk") == nil)
        #expect(Schema("1abc") == nil)
        #expect(Schema("a\"; DROP TABLE x; --") == nil)
        #expect(Schema("") == nil)
    }

    @Test func urlsAreRead() throws {
        let configuration = try PostgresStore.configuration(url: "postgres://agent:s%40cret@db.example:6543/desk")
        #expect(configuration.host == "db.example")
        #expect(configuration.port == 6543)
        #expect(configuration.username == "agent")
        #expect(configuration.password == "s@cret")
        #expect(configuration.database == "desk")
        #expect(throws: PostgresStore.URLError.self) { try PostgresStore.configuration(url: "mysql://x/y") }
    }
}
