extension StoreConformance {
    /// `ticketCount` of customers and tags is live: it follows ticket inserts,
    /// updates (another customer, other tags) and deletes, on every read that
    /// shows it, and a count written with the record is ignored.
    public static let liveCounts = Check(
        "live counts",
        [Scenario("ticket counts follow the tickets", ticketCounts)])

    private static func ticketCounts(_ context: CheckContext) async throws {
        try await context.apply(
            .insertCustomer(withCount(Fixture.customer(1), 42)), .insertCustomer(Fixture.customer(2)),
            .insertTag(withCount(Fixture.tag(1, name: "billing"), 7)), .insertTag(Fixture.tag(2, name: "vip")),
            .insertTag(Fixture.tag(3, name: "bug")))
        try await expectCounts(customers: [1: 0, 2: 0], tags: [1: 0, 2: 0, 3: 0], "before any ticket", context)

        try await context.apply(
            .insertTicket(Fixture.ticket(1, customer: 1, tags: ["billing", "vip"])),
            .insertTicket(Fixture.ticket(2, customer: 1, tags: ["billing"])),
            .insertTicket(Fixture.ticket(3, customer: 2)))
        try await expectCounts(customers: [1: 2, 2: 1], tags: [1: 2, 2: 1, 3: 0], "after inserts", context)

        try await context.apply(
            .updateTicket(Fixture.ticket(2, customer: 2, tags: ["vip", "bug"]), expectedVersion: 1))
        try await expectCounts(customers: [1: 1, 2: 2], tags: [1: 1, 2: 2, 3: 1], "after an update", context)

        try await context.apply(.deleteTicket(Fixture.ticketID(1), expectedVersion: 1))
        try await expectCounts(customers: [1: 0, 2: 2], tags: [1: 0, 2: 1, 3: 1], "after a delete", context)
    }

    /// Expects customer `n` and tag `n` to show these counts on every read.
    private static func expectCounts(
        customers: [Int: Int], tags: [Int: Int], _ when: String, _ context: CheckContext
    ) async throws {
        let store = context.store
        let listedCustomers = try await store.customers(CustomerQuery().limit(100)).items
        let batch = try await store.customers(ids: Set(customers.keys.map(Fixture.customerID)))
        for (n, count) in customers.sorted(by: { $0.key < $1.key }) {
            let id = Fixture.customerID(n)
            let what = "customer \(n)'s ticket count \(when)"
            context.expectEqual(try await store.customer(id)?.value.ticketCount, count, "\(what), by id")
            context.expectEqual(
                try await store.customer(email: Fixture.customer(n).email)?.value.ticketCount, count,
                "\(what), by email")
            context.expectEqual(batch[id]?.ticketCount, count, "\(what), by ids")
            context.expectEqual(listedCustomers.first { $0.id == id }?.ticketCount, count, "\(what), listed")
        }
        let listedTags = try await store.tags(RecordQuery().limit(100)).items
        let named = try await store.tags(named: ["billing", "vip", "bug"])
        for (n, count) in tags.sorted(by: { $0.key < $1.key }) {
            let id = Fixture.tagID(n)
            let what = "tag \(n)'s ticket count \(when)"
            context.expectEqual(try await store.tag(id)?.value.ticketCount, count, "\(what), by id")
            context.expectEqual(named.values.first { $0.id == id }?.ticketCount, count, "\(what), by name")
            context.expectEqual(listedTags.first { $0.id == id }?.ticketCount, count, "\(what), listed")
        }
    }
}
