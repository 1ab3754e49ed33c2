internal import Helpdesk
internal import PostgresNIO

extension StorageError {
    /// What an error from PostgresNIO means to the helpdesk: a unique violation (SQLSTATE 23505)
    /// is a ``duplicate(kind:field:value:)``, a foreign-key violation (23503) a
    /// ``missingReference(field:id:)``, by the constraint's name; anything else is ``backend(_:)``.
    ///
    /// The stores check ids, references and uniqueness before they write, so these mappings only
    /// matter when another process wins a race between the check and the write.
    init(_ error: any Error) {
        if let storage = error as? StorageError {
            self = storage
            return
        }
        if let transaction = error as? PostgresTransactionError {
            let inner: (any Error)? = transaction.closureError ?? transaction.commitError ?? transaction.beginError
            self = inner.map(StorageError.init) ?? .backend(String(reflecting: transaction))
            return
        }
        guard let psql = error as? PSQLError, let info = psql.serverInfo else {
            self = .backend(String(reflecting: error))
            return
        }
        let state = info[.sqlState] ?? ""
        let constraint = info[.constraintName] ?? ""
        let detail = info[.detail] ?? info[.message] ?? ""
        if state == "23505", let (kind, field) = Self.uniqueConstraints[constraint] {
            self = .duplicate(kind: kind, field: field, value: detail)
        } else if state == "23503", detail.contains("still referenced") {
            self = .hasDependents(detail)
        } else if state == "23503", let field = Self.foreignKeys[constraint] {
            self = .missingReference(field: field, id: detail)
        } else if state == "23505", let kind = Self.primaryKeys[constraint] {
            self = .idTaken(kind: kind, id: detail)
        } else {
            self = .backend("PostgreSQL \(state): \(info[.message] ?? String(reflecting: psql))")
        }
    }

    private static let uniqueConstraints: [String: (String, String)] = [
        "customers_email_unique": ("customer", "email"),
        "users_email_unique": ("user", "email"),
        "tags_name_unique": ("tag", "name"),
        "api_keys_digest_unique": ("api_key", "digest"),
    ]

    private static let primaryKeys: [String: String] = [
        "tickets_pkey": "ticket", "conversations_pkey": "conversation", "customers_pkey": "customer",
        "users_pkey": "user", "tags_pkey": "tag", "collections_pkey": "collection", "articles_pkey": "article",
        "api_keys_pkey": "api_key",
    ]

    /// Foreign keys by name, for a violation from the referencing side (a delete that would leave
    /// rows referencing it is `hasDependents`).
    private static let foreignKeys: [String: String] = [
        "tickets_customer_fkey": "customer_id",
        "tickets_assignee_fkey": "assignee_id",
        "conversations_ticket_fkey": "ticket_id",
        "articles_collection_fkey": "collection_id",
        "api_keys_user_fkey": "user_id",
        "api_keys_customer_fkey": "customer_id",
    ]
}
