#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension HelpdeskService {
    /// Loads existing records with their own ids and timestamps, all or nothing.
    ///
    /// Each record is normalized and checked as a create would be (`BAD_REQUEST` names every
    /// refused field as `tickets[3].subject` and so on); references must name records of the
    /// batch or of the store; ids already taken are a `CONFLICT`. Tag names on tickets that no
    /// tag has yet are created. A `created` event is published on ``events`` for every record, but none is written to the
    /// outbox: an import restores records, it does not change them (the change feed and webhooks skip it).
    public func importRecords(_ batch: ImportBatch, by author: Author = .system) async throws(HelpdeskError) {
        var batch = batch
        RecordRules.normalize(&batch)
        var errors = RecordRules.check(batch)
        errors.merge(await RecordRules.normalizeAndCheck(&batch.tickets).reasons)
        try errors.throwIfAny()
        try await committing(recordingEvents: false) { () async throws -> (ChangeSet, [HelpdeskEvent], Void) in
            let now = clock.now()
            var changes = ChangeSet()
            changes.mutations.reserveCapacity(batch.count)
            var events: [HelpdeskEvent] = []
            changes.mutations += batch.users.map(Mutation.insertUser)
            changes.mutations += batch.customers.map(Mutation.insertCustomer)
            changes.mutations += batch.tags.map(Mutation.insertTag)
            let batchTagNames = Set(batch.tags.map(\.name))
            let missing = Set(batch.tickets.flatMap(\.tags)).subtracting(batchTagNames)
            try await createMissingTags(missing.sorted(), now: now, by: author, &changes, &events)
            changes.mutations += batch.collections.map(Mutation.insertCollection)
            changes.mutations += batch.articles.map(Mutation.insertArticle)
            changes.mutations += batch.tickets.map(Mutation.insertTicket)
            changes.mutations += batch.conversations.map(Mutation.insertConversation)
            if self.events.hasSubscribers {
                events += Self.creationEvents(of: batch, by: author, at: now)
            }
            return (changes, events, ())
        }
    }

    private static func creationEvents(of batch: ImportBatch, by author: Author, at time: Date) -> [HelpdeskEvent] {
        func created(_ resource: EventResource, _ ids: [String]) -> [HelpdeskEvent] {
            ids.map {
                HelpdeskEvent(resource: resource, resourceID: $0, action: .created, author: author, occurredAt: time)
            }
        }
        return created(.user, batch.users.map(\.id.rawValue)) + created(.customer, batch.customers.map(\.id.rawValue))
            + created(.tag, batch.tags.map(\.id.rawValue))
            + created(.collection, batch.collections.map(\.id.rawValue))
            + created(.article, batch.articles.map(\.id.rawValue)) + created(.ticket, batch.tickets.map(\.id.rawValue))
            + created(.conversation, batch.conversations.map(\.id.rawValue))
    }
}
