/// A question about conversation entries. They list oldest first, as a thread reads.
public struct ConversationQuery: Hashable, Sendable, Refinable {
    /// Conversations sort by creation time only.
    public enum Field: String, SortField {
        case createdAt = "created_at"
        public var acceptsTimestampCursor: Bool { true }
        public var valueKinds: [SortValue.Kind] { [.integer] }
    }

    public var ticketIDs: Set<TicketID>?
    public var types: Set<ConversationType>?
    /// Which values of `internal` match: `[true]` internal entries only, `[false]` public ones only; `nil` for both.
    public var internalValues: Set<Bool>?
    /// Only entries on tickets of these customers (how a customer key sees its own).
    public var ticketCustomerIDs: Set<CustomerID>?
    public var sort = Sort(Field.createdAt, .ascending)
    public var limit = ListLimit.default
    public var cursor: Cursor?

    /// Every entry, oldest first, 25 a page.
    public init() {}

    /// Only entries of these tickets.
    public func filter(ticket: Set<TicketID>) -> Self { with { $0.ticketIDs = $0.ticketIDs.narrowed(to: ticket) } }
    /// Only entries of these types.
    public func filter(type: Set<ConversationType>) -> Self { with { $0.types = $0.types.narrowed(to: type) } }
    /// Only internal (`true`) or only public (`false`) entries. Two different answers match nothing.
    public func filter(internal: Bool) -> Self {
        with { $0.internalValues = $0.internalValues.narrowed(to: [`internal`]) }
    }
    /// Only entries on tickets of these customers.
    public func filter(ticketCustomer: Set<CustomerID>) -> Self {
        with { $0.ticketCustomerIDs = $0.ticketCustomerIDs.narrowed(to: ticketCustomer) }
    }
    /// At most `limit` rows a page.
    public func limit(_ limit: ListLimit) -> Self { with { $0.limit = limit } }
    /// The page after `cursor`.
    public func after(_ cursor: Cursor?) -> Self { with { $0.cursor = cursor } }
}
