internal import GRDB
internal import Helpdesk

/// Reading customers, each with its live `ticket_count`.
enum CustomerReads {
    /// The columns of a customer, its live ticket count among them.
    static let select = "c.*, (SELECT count(*) FROM tickets WHERE customer_id = c.id) AS ticket_count"

    static func customer(_ id: CustomerID, _ db: Database) throws -> Stored<Customer>? {
        try one(SQLClause("c.id = ?", [id.rawValue]), db)
    }

    /// `email` compared with the lower-cased email each customer is kept with.
    static func customer(email: String, _ db: Database) throws -> Stored<Customer>? {
        try one(SQLClause("c.email_key = ?", [email.lowercased()]), db)
    }

    static func customers(ids: Set<CustomerID>, _ db: Database) throws -> [CustomerID: Customer] {
        guard !ids.isEmpty else { return [:] }
        let filter = SQLClause.isIn("c.id", ids.map(\.rawValue).sorted())
        var found: [CustomerID: Customer] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT \(select) FROM customers c WHERE \(filter.sql)", arguments: filter.arguments)
        {
            let customer = try RecordRows.customer(row)
            found[customer.id] = customer
        }
        return found
    }

    static func page(_ query: CustomerQuery, _ db: Database) throws -> Page<Customer> {
        guard let keyset = try keysetQuery(query, db) else { return Page(items: [], total: 0, nextCursor: nil) }
        let items = try keyset.rows(db).map(RecordRows.customer)
        return keyset.page(items, total: try keyset.total(db), field: query.sort.field.rawValue) {
            $0.sortKey(for: query.sort.field)
        }
    }

    /// The query in SQL; `nil` when an empty set makes it match nothing.
    static func keysetQuery(_ query: CustomerQuery, _ db: Database) throws -> KeysetQuery? {
        var conditions: [SQLClause] = []
        if let emails = query.emails {
            guard !emails.isEmpty else { return nil }
            conditions.append(.isIn("c.email_key", emails.sorted()))
        }
        if let phones = query.phones {
            guard !phones.isEmpty else { return nil }
            // A missing phone matches "" only; without "" the plain column keeps its index.
            let column = phones.contains("") ? "ifnull(c.phone, '')" : "c.phone"
            conditions.append(.isIn(column, phones.sorted()))
        }
        if let search = query.search {
            conditions.append(try SearchTable.customers.condition(rowColumn: "c.row", matching: search, db))
        }
        let sortColumns: [String] =
            switch query.sort.field {
            case .createdAt: ["c.created_at", "c.id"]
            case .updatedAt: ["c.updated_at", "c.id"]
            case .name: ["ifnull(c.name, '')", "c.id"]
            case .email: ["c.email_key", "c.id"]
            }
        return KeysetQuery(
            select: select, from: "customers c", conditions: conditions, sortColumns: sortColumns,
            direction: query.sort.direction, cursor: query.cursor, limit: query.limit.value)
    }

    private static func one(_ filter: SQLClause, _ db: Database) throws -> Stored<Customer>? {
        guard
            let row = try db.row(
                sql: "SELECT \(select) FROM customers c WHERE \(filter.sql)", arguments: filter.arguments)
        else { return nil }
        return Stored(try RecordRows.customer(row), version: try row.decode(forColumn: "version"))
    }
}
