#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension StoreConformance {
    /// ``CustomerQuery``: emails (ignoring case), phones and search on name and
    /// email; every sort (`created_at`, `updated_at`, name, email) in both
    /// directions, ties by id, walked page by page; bare-timestamp cursors.
    public static let customerQueries = Check(
        "customer queries",
        [
            Scenario("names and emails sort by their bytes", textOrder),
            .onDataset("filters and search match the reference", customerFilters),
            .onDataset("every sort walks in both directions", customerSorts),
        ])

    private static func customerFilters(_ context: CheckContext, _ data: Dataset) async throws {
        let first = data.customers[0]
        let all = CustomerQuery()
        var cases: [(String, CustomerQuery, Bool)] = [
            ("no filter", all, true),
            ("an email in another case", all.filter(email: [first.email.uppercased()]), true),
            ("two emails", all.filter(email: [first.email, data.customers[1].email.lowercased()]), true),
            ("an unknown email", all.filter(email: ["nobody@example.com"]), false),
            ("no email", all.filter(email: []), false),
            ("a shared phone", all.filter(phone: ["+1 555 0100"]), true),
            ("two phones", all.filter(phone: ["+1 555 0101", "+44 20 7946 0000"]), true),
            ("no phone", all.filter(phone: []), false),
            ("a phone and a search", all.filter(phone: ["+1 555 0100"]).matching(SearchText("example")!), true),
        ]
        cases += ["adam", "ADAMS", "zoe", "Zoë", "example", "mail test", "emile zola", "ann", "bob", "mar"].map {
            ("search \"\($0)\"", all.matching(SearchText($0)!), true)
        }
        cases.append(("search \"nobody\"", all.matching(SearchText("nobody")!), false))
        for (name, query, matchesSome) in cases {
            let expected = data.customers.filter(query.matches)
            context.expectEqual(!expected.isEmpty, matchesSome, "the data set has customers for \(name) or not")
            try await context.expectWalk(
                name, expected: ReferenceOrder.customers(expected, query.sort).map(\.id.rawValue), limit: 100,
                id: \.id.rawValue
            ) { try await context.store.customers(query.limit(100).after($0)) }
        }
    }

    private static func customerSorts(_ context: CheckContext, _ data: Dataset) async throws {
        for field in CustomerQuery.Field.allCases {
            for direction in SortDirection.allCases {
                let query = CustomerQuery().sorted(by: field, direction)
                let rows = ReferenceOrder.customers(data.customers, query.sort)
                let what = "customers sorted by \(field.rawValue) \(direction.rawValue)"
                try await context.expectWalk(what, expected: rows.map(\.id.rawValue), limit: 5, id: \.id.rawValue) {
                    try await context.store.customers(query.limit(5).after($0))
                }
                guard field.acceptsTimestampCursor else { continue }
                let time: (Customer) -> Date = field == .createdAt ? { $0.createdAt } : { $0.updatedAt }
                try await context.expectTimestampWalks(what, rows: rows, direction, time: time, id: \.id.rawValue) {
                    try await context.store.customers(query.limit(9).after($0))
                }
            }
        }
    }

    private static func textOrder(_ context: CheckContext) async throws {
        // Names by their bytes: a missing name as "" < "Adam" < "Zed" < "adam" < "Émile";
        // emails lower-cased: adam@ < bob@ < zed@, whatever their case.
        var nameless = Fixture.customer(4, email: "bob@y.test")
        nameless.name = nil
        let customers = [
            Fixture.customer(1, email: "Zed@x.test", name: "Zed"),
            Fixture.customer(2, email: "adam@x.test", name: "adam"),
            Fixture.customer(3, email: "BOB@x.test", name: "Émile"), nameless,
            Fixture.customer(5, email: "ADAM@y.test", name: "Adam"),
        ]
        try await context.apply(customers.map(Mutation.insertCustomer))
        let orders: [(CustomerQuery.Field, [Int])] = [(.name, [4, 5, 1, 2, 3]), (.email, [2, 5, 3, 4, 1])]
        for (field, ascending) in orders {
            for (direction, numbers) in [(SortDirection.ascending, ascending), (.descending, ascending.reversed())] {
                let page = try await context.store.customers(CustomerQuery().sorted(by: field, direction))
                context.expectRows(
                    page.items.map(\.id.rawValue), numbers.map { Fixture.customerID($0).rawValue },
                    "sorted by \(field.rawValue) \(direction.rawValue)")
            }
        }
    }
}
