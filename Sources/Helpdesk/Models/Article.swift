#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A knowledge-base article, written in Markdown.
public struct Article: Hashable, Sendable, Identifiable {
    public var id: ArticleID
    public var title: String
    /// Markdown, kept as given.
    public var body: String
    public var collectionID: CollectionID?
    public var status: ArticleStatus
    /// When the article was last published; `nil` while it has never been.
    public var publishedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: ArticleID, title: String, body: String, collectionID: CollectionID?, status: ArticleStatus,
        publishedAt: Date?, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.title = title
        self.body = body
        self.collectionID = collectionID
        self.status = status
        self.publishedAt = publishedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

extension Article: Codable {
    enum CodingKeys: String, CodingKey {
        case id, title, body, status
        case collectionID = "collection_id"
        case publishedAt = "published_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ArticleID.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        body = try container.decode(String.self, forKey: .body)
        collectionID = try container.decodeIfPresent(CollectionID.self, forKey: .collectionID)
        status = try container.decode(ArticleStatus.self, forKey: .status)
        publishedAt = try container.decodeDateIfPresent(forKey: .publishedAt)
        createdAt = try container.decodeDate(forKey: .createdAt)
        updatedAt = try container.decodeDateIfPresent(forKey: .updatedAt) ?? createdAt
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(body, forKey: .body)
        try container.encodeOrNull(collectionID, forKey: .collectionID)
        try container.encode(status, forKey: .status)
        try container.encodeDateOrNull(publishedAt, forKey: .publishedAt)
        try container.encodeDate(createdAt, forKey: .createdAt)
        try container.encodeDate(updatedAt, forKey: .updatedAt)
    }
}
