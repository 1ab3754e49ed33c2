extension Ticket: Codable {
    enum CodingKeys: String, CodingKey {
        case id, subject, description, summary, status, priority, customer, assignee, tags
        case customFields = "custom_fields"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(TicketID.self, forKey: .id)
        subject = try container.decode(String.self, forKey: .subject)
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        status = try container.decode(TicketStatus.self, forKey: .status)
        priority = try container.decode(TicketPriority.self, forKey: .priority)
        customer = try container.decode(Customer.self, forKey: .customer)
        assignee = try container.decodeIfPresent(Assignee.self, forKey: .assignee)
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        customFields = try container.decodeIfPresent([String: JSONValue].self, forKey: .customFields) ?? [:]
        createdAt = try container.decodeDate(forKey: .createdAt)
        updatedAt = try container.decodeDate(forKey: .updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        try encode(to: encoder, asListItem: false)
    }

    /// Encodes the ticket; a list item leaves out `description` and `custom_fields`, as the seed's list does.
    func encode(to encoder: any Encoder, asListItem: Bool) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(subject, forKey: .subject)
        if !asListItem { try container.encode(description, forKey: .description) }
        try container.encodeOrNull(summary, forKey: .summary)
        try container.encode(status, forKey: .status)
        try container.encode(priority, forKey: .priority)
        try container.encode(customer, forKey: .customer)
        try container.encodeOrNull(assignee, forKey: .assignee)
        try container.encode(tags, forKey: .tags)
        if !asListItem { try container.encode(customFields, forKey: .customFields) }
        try container.encodeDate(createdAt, forKey: .createdAt)
        try container.encodeDate(updatedAt, forKey: .updatedAt)
    }
}

extension Ticket.Customer {
    enum CodingKeys: String, CodingKey { case id, email, name }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(CustomerID.self, forKey: .id)
        email = try container.decode(String.self, forKey: .email)
        name = try container.decodeIfPresent(String.self, forKey: .name)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(email, forKey: .email)
        try container.encodeOrNull(name, forKey: .name)
    }
}

/// A ticket as a list shows it: without `description` and `custom_fields`.
public struct TicketListItem: Hashable, Sendable, Encodable {
    /// The whole ticket; encoding leaves out the two fields.
    public var ticket: Ticket

    public init(_ ticket: Ticket) { self.ticket = ticket }

    public func encode(to encoder: any Encoder) throws {
        try ticket.encode(to: encoder, asListItem: true)
    }
}
