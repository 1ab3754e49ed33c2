import Foundation
import Helpdesk
import PostgresNIO
import Testing

@testable import HelpdeskPostgres

/// A schema made by an older version of the package is upgraded in place, its records kept.
@Suite struct UpgradeTests {
    @Test func aSchemaAtStepTwoIsUpgradedWithItsRecords() async throws {
        let schema = try #require(TestDatabase.freshSchema())
        let store = PostgresStore(client: try TestDatabase.shared.get(), schema: schema)
        #expect(try await store.migrate(upTo: 2) == [1, 2])
        let now = Date(millisecondsSince1970: 1_767_225_600_000)
        let customer = Customer(
            id: try #require(CustomerID(rawValue: "cust_1")), email: "a@example.com", name: "Ann", createdAt: now,
            updatedAt: now)
        // Written as step 2's schema has it: no `long_words` yet.
        try await store.client.query(
            """
            INSERT INTO \(unescaped: schema.prefix)customers (id, email, email_key, name, custom_fields, created_at,
                updated_at, version, words)
            VALUES ('cust_1', 'a@example.com', 'a@example.com', 'Ann', '{}', \(now.millisecondsSince1970),
                \(now.millisecondsSince1970), 1, array_to_tsvector(ARRAY['a', 'ann', 'com', 'example']))
            """)
        #expect(try await store.migrate() == [3])
        #expect(try await store.customer(customer.id) == Stored(customer, version: 1))
        let found = try await store.customers(CustomerQuery().matching(try #require(SearchText("ann"))))
        #expect(found.items.map(\.id) == [customer.id])
        #expect(try await store.migrate() == [])
    }
}
