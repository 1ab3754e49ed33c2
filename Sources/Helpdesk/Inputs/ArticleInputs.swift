/// A new article, as `POST /articles` takes it.
public struct ArticleCreate: ValidatedInput, Hashable {
    public var title: String
    /// Markdown, kept as given.
    public var body: String
    public var collectionID: CollectionID?
    public var status: ArticleStatus

    public init(title: String, body: String = "", collectionID: CollectionID? = nil, status: ArticleStatus = .draft) {
        self.title = title
        self.body = body
        self.collectionID = collectionID
        self.status = status
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            ArticleCreate(
                title: reader.string("title", maxLength: Limits.requiredName.upperBound) ?? "",
                body: reader.string("body") ?? "",
                collectionID: reader.nullableID("collection_id", CollectionKind.self)?.newValue,
                status: reader.choice("status") ?? .draft)
        }
    }

    public mutating func normalize() { title = title.trimmed }

    public func check(into errors: inout FieldErrors) {
        errors.check("title", FieldRules.text(title, Limits.requiredName))
        errors.check("body", FieldRules.text(body, Limits.articleBody))
    }
}

/// A change to an article, as `PATCH /articles/{id}` takes it. Publishing sets `published_at`.
public struct ArticleUpdate: ValidatedInput, Hashable {
    public var title: String?
    public var body: String?
    /// `.clear` takes the article out of its collection.
    public var collection: Patch<CollectionID>?
    public var status: ArticleStatus?

    public init(
        title: String? = nil, body: String? = nil, collection: Patch<CollectionID>? = nil,
        status: ArticleStatus? = nil
    ) {
        self.title = title
        self.body = body
        self.collection = collection
        self.status = status
    }

    /// Reads and validates a JSON body.
    public init(json: JSONValue) throws(HelpdeskError) {
        self = try Self.decoding(json) { reader in
            ArticleUpdate(
                title: reader.string("title", maxLength: Limits.requiredName.upperBound), body: reader.string("body"),
                collection: reader.nullableID("collection_id"), status: reader.choice("status"))
        }
    }

    public mutating func normalize() { title = title?.trimmed }

    public func check(into errors: inout FieldErrors) {
        if let title { errors.check("title", FieldRules.text(title, Limits.requiredName)) }
        if let body { errors.check("body", FieldRules.text(body, Limits.articleBody)) }
    }
}
