/// A new conversation entry, as `POST /conversations` takes it.
public struct ConversationCreate: ValidatedInput, Hashable {
    public var ticketID: TicketID
    /// Kept as given (not trimmed); must hold more than white space.
    public var content: String
    /// `reply` or `note`; `system` is refused.
    public var type: ConversationType
    /// Defaults to false for replies and true for notes; a note cannot be public.
    public var isInternal: Bool?

    public init(ticketID: TicketID, content: String, type: ConversationType = .reply, isInternal: Bool? = nil) {
        self.ticketID = ticketID
        self.content = content
        self.type = type
        self.isInternal = isInternal
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            let ticketID = reader.id("ticket_id", TicketKind.self)
            if ticketID == nil, reader.raw("ticket_id") == nil { reader.refuse("ticket_id", "is required") }
            return ConversationCreate(
                ticketID: ticketID ?? Self.placeholderTicket, content: reader.string("content") ?? "",
                type: reader.choice("type") ?? .reply, isInternal: reader.bool("internal"))
        }
    }

    /// Stands in for a missing `ticket_id` while the other fields are checked; never stored.
    private static let placeholderTicket = TicketID(trusted: "tkt_missing")

    /// Whether the entry is internal once defaults apply.
    public var resolvedInternal: Bool { isInternal ?? (type == .note) }

    public mutating func normalize() {}

    public func check(into errors: inout FieldErrors) {
        let reason = content.trimmed.isEmpty ? "is required" : FieldRules.text(content, Limits.content)
        errors.check("content", reason)
        if type == .system {
            errors.check("type", "system entries are written by the helpdesk only; use reply or note")
        }
        if type == .note, isInternal == false { errors.check("internal", "a note is always internal") }
    }
}
