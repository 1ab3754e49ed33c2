/// A change to a ticket, as `PATCH /tickets/{id}` takes it. A `nil` field stays as it is.
public struct TicketUpdate: ValidatedInput, Hashable {
    public var subject: String?
    public var description: String?
    /// `.clear` removes the summary.
    public var summary: Patch<String>?
    public var status: TicketStatus?
    public var priority: TicketPriority?
    /// `.clear` unassigns the ticket.
    public var assignee: Patch<UserID>?
    /// Replaces the tag list; new names are created.
    public var tags: [String]?
    /// Replaces the custom fields.
    public var customFields: [String: JSONValue]?

    public init(
        subject: String? = nil, description: String? = nil, summary: Patch<String>? = nil,
        status: TicketStatus? = nil, priority: TicketPriority? = nil, assignee: Patch<UserID>? = nil,
        tags: [String]? = nil, customFields: [String: JSONValue]? = nil
    ) {
        self.subject = subject
        self.description = description
        self.summary = summary
        self.status = status
        self.priority = priority
        self.assignee = assignee
        self.tags = tags
        self.customFields = customFields
    }

    /// Reads and validates a JSON body. `null` clears `summary` and `assignee_id`; on any
    /// other field it is refused, since that field cannot be cleared.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            TicketUpdate(
                subject: reader.string("subject", maxLength: Limits.subject.upperBound),
                description: reader.string("description", maxLength: Limits.description.upperBound),
                summary: reader.nullableString("summary", maxLength: Limits.summary.upperBound),
                status: reader.choice("status"),
                priority: reader.choice("priority"), assignee: reader.nullableID("assignee_id"),
                tags: reader.strings("tags", maxLength: Limits.tagName.upperBound, maxCount: Limits.ticketTags),
                customFields: reader.customFields())
        }
    }

    public mutating func normalize() {
        subject = subject?.trimmed
        description = description?.trimmed
        summary = summary?.trimmedOrCleared
        tags = tags.map(TagNames.normalized)
        customFields = customFields?.withTrimmedStrings
    }

    public func check(into errors: inout FieldErrors) {
        if let subject { errors.check("subject", FieldRules.text(subject, Limits.subject)) }
        if let description { errors.check("description", FieldRules.text(description, Limits.description)) }
        if case .set(let text) = summary { errors.check("summary", FieldRules.text(text, Limits.summary)) }
        if let tags { TagNames.check(tags, into: &errors) }
        if let customFields { errors.merge(FieldRules.customFields(customFields)) }
    }
}
