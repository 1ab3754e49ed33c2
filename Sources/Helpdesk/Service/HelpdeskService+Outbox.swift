extension HelpdeskService {
    /// One ``Mutation/appendEvent(_:)`` for each of `events`, showing its resource as `changes` leave it.
    func outboxEntries(for events: [HelpdeskEvent], in changes: ChangeSet) async throws -> [Mutation] {
        let records = ChangeSetRecords(changes)
        let changedTickets = events.compactMap { event -> TicketRecord? in
            guard event.resource == .ticket, event.action != .deleted else { return nil }
            return TicketID(rawValue: event.resourceID).flatMap { records.tickets[$0] }
        }
        let tickets = try await present(changedTickets, pendingCustomers: records.customers)
        let presented = Dictionary(tickets.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { $1 })
        return try events.map { event in
            let id: EventID = ids.make(at: event.occurredAt)
            let data: any Encodable =
                if event.action == .deleted {
                    DeletedResource(id: event.resourceID)
                } else if event.resource == .ticket {
                    presented[event.resourceID] ?? DeletedResource(id: event.resourceID)
                } else {
                    records.record(of: event.resource, id: event.resourceID) ?? DeletedResource(id: event.resourceID)
                }
            let payload = try JSONTreeEncoder.bytes(EventPayload(id: id, event: event, data: data))
            return .appendEvent(
                EventRecord(
                    id: id, type: event.name, resource: event.resource, resourceID: event.resourceID,
                    occurredAt: event.occurredAt, payload: String(decoding: payload, as: UTF8.self)))
        }
    }
}
