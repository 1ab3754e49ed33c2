/// Why a store refused a change set. Nothing of the change set was applied.
///
/// ``HelpdeskService`` maps these to ``HelpdeskError``s at its boundary.
public enum StorageError: Error, Hashable, Sendable {
    /// A unique value is taken: `field` is `"email"` or `"name"` and so on.
    case duplicate(kind: String, field: String, value: String)
    /// The record to update or delete does not exist.
    case notFound(kind: String, id: String)
    /// An insert names an id that exists already.
    case idTaken(kind: String, id: String)
    /// The record moved on since the version the change was computed from.
    case versionMismatch(kind: String, id: String)
    /// A reference (customer, assignee, tag, ticket, collection) names a record that does not exist.
    case missingReference(field: String, id: String)
    /// A delete would leave records that depend on it (a customer's tickets, a collection's articles).
    case hasDependents(String)
    /// The backend itself failed (I/O, connection). The message is for logs, not for callers.
    case backend(String)
}

extension StorageError {
    /// The refusal to delete a collection that holds `count` articles, worded alike by every store.
    public static func collectionHolds(articles count: Int) -> StorageError {
        .hasDependents("the collection holds \(count) \(count == 1 ? "article" : "articles")")
    }
}
