/// An import's tickets, normalized and checked as a create would normalize and check them,
/// in parts on child tasks when there are many (``ParallelParts``): an import may bring a million.
extension RecordRules {
    /// Normalizes `tickets` and returns their refused fields, named `tickets[<index>].<field>`:
    /// the same records and reasons one pass in order would give.
    static func normalizeAndCheck(_ tickets: inout [TicketRecord]) async -> FieldErrors {
        var errors = FieldErrors()
        for part in await parts(of: tickets) {
            for (index, ticket) in part.changed { tickets[index] = ticket }
            errors.merge(part.errors.reasons)
        }
        return errors
    }

    /// What one part of the tickets came to.
    struct TicketPart: Sendable {
        /// The records that normalizing changed, by index.
        var changed: [(Int, TicketRecord)] = []
        /// The refused fields of the normalized records.
        var errors = FieldErrors()
    }

    private static func parts(of tickets: [TicketRecord]) async -> [TicketPart] {
        let ranges = ParallelParts.ranges(tickets.count)
        guard ranges.count > 1 else { return [part(of: tickets, tickets.indices)] }
        return await withTaskGroup(of: TicketPart.self) { group in
            for range in ranges { group.addTask { Self.part(of: tickets, range) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
    }

    private static func part(of tickets: [TicketRecord], _ range: Range<Int>) -> TicketPart {
        var part = TicketPart()
        for index in range {
            var ticket = tickets[index]
            if let changed = normalized(ticket) {
                part.changed.append((index, changed))
                ticket = changed
            }
            check(ticket, at: index, into: &part.errors)
        }
        return part
    }

    /// `ticket` normalized, or `nil` when that changes nothing: a record its caller still holds
    /// is then not copied.
    static func normalized(_ ticket: TicketRecord) -> TicketRecord? {
        let subject = ticket.subject.trimmed
        let description = ticket.description.trimmed
        let summary = ticket.summary?.trimmed.nilIfEmpty
        let tags = TagNames.normalized(ticket.tags)
        let customFields = ticket.customFields.withTrimmedStrings
        guard
            subject != ticket.subject || description != ticket.description || summary != ticket.summary
                || tags != ticket.tags || customFields != ticket.customFields
        else { return nil }
        var copy = ticket
        copy.subject = subject
        copy.description = description
        copy.summary = summary
        copy.tags = tags
        copy.customFields = customFields
        return copy
    }

    /// Records the refused fields of the normalized ticket at `index`.
    static func check(_ ticket: TicketRecord, at index: Int, into errors: inout FieldErrors) {
        // Field names are written only for a refused field: an import checks a million.
        func path(_ field: String) -> String { "tickets[\(index)].\(field)" }
        errors.check(path("subject"), FieldRules.text(ticket.subject, Limits.subject))
        errors.check(path("description"), FieldRules.text(ticket.description, Limits.description))
        errors.check(path("summary"), ticket.summary.flatMap { FieldRules.text($0, Limits.summary) })
        errors.check(path("tags"), TagNames.countProblem(ticket.tags))
        for (tagIndex, name) in ticket.tags.enumerated() {
            errors.check(path("tags[\(tagIndex)]"), FieldRules.tagName(name))
        }
        let fieldReasons = FieldRules.customFields(ticket.customFields)
        if !fieldReasons.isEmpty { errors.merge(prefixed("tickets[\(index)]", fieldReasons)) }
    }
}
