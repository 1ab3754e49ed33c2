/// How a new ticket names its customer.
public enum CustomerReference: Hashable, Sendable {
    /// An existing customer.
    case id(CustomerID)
    /// The customer with this email; a new one is created if there is none.
    case email(String)
}

/// A new ticket, as `POST /tickets` takes it.
public struct TicketCreate: ValidatedInput, Hashable {
    public var subject: String
    public var description: String
    public var summary: String?
    public var customer: CustomerReference
    public var status: TicketStatus
    public var priority: TicketPriority
    public var assigneeID: UserID?
    /// Tag names; new ones are created. Trimmed, lower-cased and made distinct.
    public var tags: [String]
    public var customFields: [String: JSONValue]

    public init(
        subject: String, description: String = "", summary: String? = nil, customer: CustomerReference,
        status: TicketStatus = .open, priority: TicketPriority = .medium, assigneeID: UserID? = nil,
        tags: [String] = [], customFields: [String: JSONValue] = [:]
    ) {
        self.subject = subject
        self.description = description
        self.summary = summary
        self.customer = customer
        self.status = status
        self.priority = priority
        self.assigneeID = assigneeID
        self.tags = tags
        self.customFields = customFields
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            let email = reader.string("customer_email", maxLength: Limits.email.upperBound)
            let customerID = reader.id("customer_id", CustomerKind.self)
            let customer: CustomerReference
            switch (email, customerID) {
            case (let email?, nil): customer = .email(email)
            case (nil, let id?): customer = .id(id)
            case (.some, .some):
                reader.refuse("customer_email", "give customer_email or customer_id, not both")
                customer = .email("")
            case (nil, nil):
                if reader.raw("customer_email") == nil, reader.raw("customer_id") == nil {
                    reader.refuse("customer_email", "is required (or customer_id)")
                    customer = .email("")
                } else {
                    // The given one was refused already; do not also call the other one missing.
                    customer = reader.raw("customer_email") == nil ? .id(Self.placeholderCustomer) : .email("")
                }
            }
            return TicketCreate(
                subject: reader.string("subject", maxLength: Limits.subject.upperBound) ?? "",
                description: reader.string("description", maxLength: Limits.description.upperBound) ?? "",
                summary: reader.nullableString("summary", maxLength: Limits.summary.upperBound)?.newValue,
                customer: customer,
                status: reader.choice("status") ?? .open, priority: reader.choice("priority") ?? .medium,
                assigneeID: reader.nullableID("assignee_id", UserKind.self)?.newValue,
                tags: reader.strings("tags", maxLength: Limits.tagName.upperBound, maxCount: Limits.ticketTags) ?? [],
                customFields: reader.customFields() ?? [:])
        }
    }

    /// Stands in for a refused `customer_id` while the other fields are checked; never stored.
    private static let placeholderCustomer = CustomerID(trusted: "cust_missing")

    public mutating func normalize() {
        subject = subject.trimmed
        description = description.trimmed
        summary = summary?.trimmed.nilIfEmpty
        if case .email(let email) = customer { customer = .email(email.trimmed) }
        tags = TagNames.normalized(tags)
        customFields = customFields.withTrimmedStrings
    }

    public func check(into errors: inout FieldErrors) {
        errors.check("subject", FieldRules.text(subject, Limits.subject))
        errors.check("description", FieldRules.text(description, Limits.description))
        if let summary { errors.check("summary", FieldRules.text(summary, Limits.summary)) }
        if case .email(let email) = customer { errors.check("customer_email", FieldRules.email(email)) }
        TagNames.check(tags, into: &errors)
        errors.merge(FieldRules.customFields(customFields))
    }
}

/// Tag name lists on tickets.
enum TagNames {
    /// Trimmed, lower-cased, distinct, in the order given. While a name breaks the rules the
    /// list keeps its repeats, so that `tags[i]` in an error names the element as it was given.
    static func normalized(_ names: [String]) -> [String] {
        let names = names.map(\.normalizedTagName)
        guard names.allSatisfy({ FieldRules.tagName($0) == nil }) else { return names }
        guard names.count > 8 else {
            // A short list is searched: a set would cost an allocation per ticket.
            var distinct: [String] = []
            distinct.reserveCapacity(names.count)
            for name in names where !distinct.contains(name) { distinct.append(name) }
            return distinct
        }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    static func check(_ names: [String], into errors: inout FieldErrors) {
        errors.check("tags", countProblem(names))
        for (index, name) in names.enumerated() {
            errors.check("tags[\(index)]", FieldRules.tagName(name))
        }
    }

    /// Why a ticket cannot hold `names`, if it holds more than ``Limits/ticketTags``.
    static func countProblem(_ names: [String]) -> String? {
        names.count > Limits.ticketTags ? "may hold at most \(Limits.ticketTags) values" : nil
    }
}
