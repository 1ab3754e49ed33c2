internal import Helpdesk
internal import PostgresNIO

/// Customers, users, tags and API keys. A taken email or name fails the write with a unique
/// violation, which comes out as ``StorageError/duplicate(kind:field:value:)``.
extension Writer {
    func insertCustomer(_ customer: Customer) async throws {
        let p = prefix
        let c = try CustomerColumns(customer)
        try await insert(
            kind: "customer", c.id,
            """
            INSERT INTO \(unescaped: p)customers (id, email, email_key, name, phone, company, custom_fields,
                created_at, updated_at, version, words, long_words)
            VALUES (\(c.id), \(c.email), \(c.emailKey), \(c.name), \(c.phone), \(c.company), \(c.customFields),
                \(c.createdAt), \(c.updatedAt), 1, array_to_tsvector(\(c.words)::text[]),
                \(c.longWords))
            """)
    }

    func updateCustomer(_ customer: Customer, expected: Int) async throws {
        let c = try CustomerColumns(customer)
        try await versioned(.customer, c.id, expected: expected) { query in
            query.set("email", c.email)
            query.set("email_key", c.emailKey)
            query.set("name", c.name)
            query.set("phone", c.phone)
            query.set("company", c.company)
            query.set("custom_fields", c.customFields)
            query.set("created_at", c.createdAt)
            query.set("updated_at", c.updatedAt)
            query.add(", words = array_to_tsvector(")
            try query.bind(array: c.words)
            query.add("::text[]), long_words = ")
            try query.bind(array: c.longWords)
        }
    }

    func deleteCustomer(_ id: CustomerID, expected: Int?, cascade: Bool) async throws {
        _ = try await lock(.customer, id.rawValue, expected: expected)
        var count = sql("SELECT count(*) AS tickets FROM #.tickets WHERE customer_id = ")
        count.bind(id.rawValue)
        let tickets = try await run(count).first.map { try $0.value("tickets", as: Int64.self) } ?? 0
        guard tickets == 0 || cascade else {
            throw StorageError.hasDependents("the customer has \(tickets) tickets")
        }
        for table in ["#.tickets", "#.api_keys"] {
            var delete = sql("DELETE FROM \(table) WHERE customer_id = ")
            delete.bind(id.rawValue)
            try await run(delete)
        }
        try await self.delete(.customer, id.rawValue, expected: nil)
    }

    func insertUser(_ user: User) async throws {
        let p = prefix
        try await insert(
            kind: "user", user.id.rawValue,
            """
            INSERT INTO \(unescaped: p)users (id, email, email_key, name, role, active, created_at, version)
            VALUES (\(user.id.rawValue), \(user.email), \(user.email.lowercased()), \(user.name), \(user.role.rawValue),
                \(user.isActive), \(Columns.time(user.createdAt)), 1)
            """)
    }

    func updateUser(_ user: User, expected: Int) async throws {
        try await versioned(.user, user.id.rawValue, expected: expected) { query in
            query.set("email", user.email)
            query.set("email_key", user.email.lowercased())
            query.set("name", user.name)
            query.set("role", user.role.rawValue)
            query.set("active", user.isActive)
            query.set("created_at", Columns.time(user.createdAt))
        }
    }
}

/// A customer's values as its columns hold them.
struct CustomerColumns {
    let id: String
    let email: String
    let emailKey: String
    let name: String?
    let phone: String?
    let company: String?
    let customFields: String
    let createdAt: Int64
    let updatedAt: Int64
    let words: [String]
    let longWords: [String]

    init(_ customer: Customer) throws {
        id = customer.id.rawValue
        email = customer.email
        emailKey = customer.email.lowercased()
        name = customer.name
        phone = customer.phone
        company = customer.company
        customFields = Columns.json(customer.customFields)
        createdAt = Columns.time(customer.createdAt)
        updatedAt = Columns.time(customer.updatedAt)
        words = try Columns.words([customer.name ?? "", customer.email])
        longWords = Columns.longWords([customer.name ?? "", customer.email])
    }
}
