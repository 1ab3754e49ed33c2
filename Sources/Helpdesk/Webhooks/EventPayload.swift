#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An event as the change feed lists it and webhooks send it:
/// `{"id", "type", "created_at", "actor", "resource": {"type", "id"}, "changed_fields", "data"}`.
struct EventPayload: Encodable {
    let id: EventID
    let event: HelpdeskEvent
    /// The resource as the API shows it after the change; for a deletion, `{"id", "deleted": true}`.
    let data: any Encodable

    private enum CodingKeys: String, CodingKey {
        case id, type, actor, resource, data
        case createdAt = "created_at"
        case changedFields = "changed_fields"
    }

    private struct Resource: Encodable {
        let type: String
        let id: String
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(event.name, forKey: .type)
        try container.encodeDate(event.occurredAt, forKey: .createdAt)
        try container.encode(event.author, forKey: .actor)
        try container.encode(Resource(type: event.resource.rawValue, id: event.resourceID), forKey: .resource)
        if case .updated(let fields) = event.action { try container.encode(fields, forKey: .changedFields) }
        try container.encode(data, forKey: .data)
    }
}

/// What a deletion event carries: the id of what is gone.
struct DeletedResource: Encodable {
    let id: String

    private enum CodingKeys: String, CodingKey { case id, deleted }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(true, forKey: .deleted)
    }
}

/// An API key as events show it: never its digest.
struct APIKeyEventData: Encodable {
    let key: APIKey

    private enum CodingKeys: String, CodingKey {
        case id, name, owner
        case createdAt = "created_at"
    }

    private enum OwnerKeys: String, CodingKey { case type, id }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key.id, forKey: .id)
        try container.encodeOrNull(key.name, forKey: .name)
        var owner = container.nestedContainer(keyedBy: OwnerKeys.self, forKey: .owner)
        switch key.owner {
        case .user(let id):
            try owner.encode("user", forKey: .type)
            try owner.encode(id, forKey: .id)
        case .customer(let id):
            try owner.encode("customer", forKey: .type)
            try owner.encode(id, forKey: .id)
        }
        try container.encodeDate(key.createdAt, forKey: .createdAt)
    }
}
