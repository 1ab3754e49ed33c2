internal import GRDB
internal import Helpdesk

/// Inserting, updating and deleting customers, users and API keys.
enum PeopleWrites {
    static let customerColumns =
        "email, email_key, name, phone, company, custom_fields, created_at, updated_at"

    static func insertCustomer(_ customer: Customer, _ db: Database) throws {
        let id = customer.id.rawValue
        try Guards.absent("customer", table: "customers", id: id, db)
        try uniqueEmail(customer, db)
        try Guards.insertVersioned(into: "customers", columns: customerColumns, customerValues(customer), id: id, db)
        try indexWords(of: customer, row: db.lastInsertedRowID, replacing: false, db)
    }

    static func updateCustomer(_ customer: Customer, expected: Int, _ db: Database) throws {
        let id = customer.id.rawValue
        let version = try Guards.current("customer", table: "customers", id: id, expected: expected, db)
        try uniqueEmail(customer, db)
        try Guards.updateVersioned(
            "customers", columns: customerColumns, customerValues(customer), kind: "customer", id: id, version: version,
            db)
        guard let row = try db.value(Int64.self, sql: "SELECT row FROM customers WHERE id = ?", arguments: [id]) else {
            throw StorageError.notFound(kind: "customer", id: id)
        }
        try indexWords(of: customer, row: row, replacing: true, db)
    }

    /// Deletes the customer, first its tickets when `cascade` allows; its API keys go by `ON DELETE CASCADE`.
    static func deleteCustomer(_ id: CustomerID, expected: Int?, cascade: Bool, _ db: Database) throws {
        let version = try Guards.current("customer", table: "customers", id: id.rawValue, expected: expected, db)
        let owned =
            try db.value(Int.self, sql: "SELECT count(*) FROM tickets WHERE customer_id = ?", arguments: [id.rawValue])
            ?? 0
        guard owned == 0 || cascade else { throw StorageError.hasDependents("the customer has \(owned) tickets") }
        try db.run(sql: "DELETE FROM tickets WHERE customer_id = ?", arguments: [id.rawValue])
        try Guards.versioned(
            "DELETE FROM customers WHERE id = ? AND version = ?", [id.rawValue, version], kind: "customer",
            id: id.rawValue, db)
    }

    static func insertUser(_ user: User, _ db: Database) throws {
        try Guards.absent("user", table: "users", id: user.id.rawValue, db)
        try uniqueEmail(user, db)
        var arguments = userValues(user)
        arguments += [user.id.rawValue]
        try db.run(
            sql: "INSERT INTO users(email, email_key, name, role, active, created_at, id, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
            arguments: arguments)
    }

    static func updateUser(_ user: User, expected: Int, _ db: Database) throws {
        let id = user.id.rawValue
        let version = try Guards.current("user", table: "users", id: id, expected: expected, db)
        try uniqueEmail(user, db)
        var arguments = userValues(user)
        arguments += [id, version]
        try Guards.versioned(
            "UPDATE users SET email = ?, email_key = ?, name = ?, role = ?, active = ?, created_at = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?",
            arguments, kind: "user", id: id, db)
    }

    static func insertAPIKey(_ key: APIKey, _ db: Database) throws {
        try Guards.absent("api_key", table: "api_keys", id: key.id.rawValue, db)
        if try db.value(Bool.self, sql: "SELECT 1 FROM api_keys WHERE digest = ?", arguments: [key.digest]) == true {
            throw StorageError.duplicate(kind: "api_key", field: "digest", value: "")
        }
        var user: String?
        var customer: String?
        switch key.owner {
        case .user(let id):
            try Guards.exists("users", id: id.rawValue, field: "user_id", db)
            user = id.rawValue
        case .customer(let id):
            try Guards.exists("customers", id: id.rawValue, field: "customer_id", db)
            customer = id.rawValue
        }
        try db.run(
            sql: "INSERT INTO api_keys(id, name, user_id, customer_id, digest, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [key.id.rawValue, key.name, user, customer, key.digest, Codes.time(key.createdAt)])
    }

    private static func customerValues(_ customer: Customer) -> StatementArguments {
        [
            customer.email, customer.email.lowercased(), customer.name, customer.phone, customer.company,
            Codes.json(customer.customFields), Codes.time(customer.createdAt), Codes.time(customer.updatedAt),
        ]
    }

    private static func userValues(_ user: User) -> StatementArguments {
        [user.email, user.email.lowercased(), user.name, user.role.rawValue, user.isActive, Codes.time(user.createdAt)]
    }

    private static func uniqueEmail(_ customer: Customer, _ db: Database) throws {
        try Guards.unique(
            "customer", table: "customers", column: "email_key", field: "email", key: customer.email.lowercased(),
            value: customer.email, id: customer.id.rawValue, db)
    }

    private static func uniqueEmail(_ user: User, _ db: Database) throws {
        try Guards.unique(
            "user", table: "users", column: "email_key", field: "email", key: user.email.lowercased(),
            value: user.email, id: user.id.rawValue, db)
    }

    private static func indexWords(of customer: Customer, row: Int64, replacing: Bool, _ db: Database) throws {
        try SearchTable.customers.index(
            row: row, fields: [customer.name ?? "", customer.email], replacing: replacing, in: db)
    }
}
