#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A customer: the person who raises tickets.
public struct Customer: Hashable, Sendable, Identifiable {
    public var id: CustomerID
    /// Unique, compared case-insensitively.
    public var email: String
    public var name: String?
    public var phone: String?
    public var company: String?
    public var customFields: [String: JSONValue]
    /// How many tickets the customer has now. Filled in by the store on every read; ignored on writes.
    public var ticketCount: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: CustomerID, email: String, name: String? = nil, phone: String? = nil, company: String? = nil,
        customFields: [String: JSONValue] = [:], ticketCount: Int = 0, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.email = email
        self.name = name
        self.phone = phone
        self.company = company
        self.customFields = customFields
        self.ticketCount = ticketCount
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

extension Customer: Codable {
    enum CodingKeys: String, CodingKey {
        case id, email, name, phone, company
        case customFields = "custom_fields"
        case ticketCount = "ticket_count"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(CustomerID.self, forKey: .id)
        email = try container.decode(String.self, forKey: .email)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        phone = try container.decodeIfPresent(String.self, forKey: .phone)
        company = try container.decodeIfPresent(String.self, forKey: .company)
        customFields = try container.decodeIfPresent([String: JSONValue].self, forKey: .customFields) ?? [:]
        ticketCount = try container.decodeIfPresent(Int.self, forKey: .ticketCount) ?? 0
        createdAt = try container.decodeDate(forKey: .createdAt)
        updatedAt = try container.decodeDateIfPresent(forKey: .updatedAt) ?? createdAt
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(email, forKey: .email)
        try container.encodeOrNull(name, forKey: .name)
        try container.encodeOrNull(phone, forKey: .phone)
        try container.encodeOrNull(company, forKey: .company)
        try container.encode(customFields, forKey: .customFields)
        try container.encode(ticketCount, forKey: .ticketCount)
        try container.encodeDate(createdAt, forKey: .createdAt)
        try container.encodeDate(updatedAt, forKey: .updatedAt)
    }
}
