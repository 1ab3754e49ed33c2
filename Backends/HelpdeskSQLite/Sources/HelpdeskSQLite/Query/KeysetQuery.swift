internal import GRDB
internal import Helpdesk

/// One list question in SQL: a table, its filters, a sort and a cursor. It answers the
/// page's rows (one more than the limit, to tell whether another page follows) and the
/// exact total, both read in one transaction by the caller.
struct KeysetQuery {
    /// The columns to read, for example `"t.*"`.
    var select: String
    /// The table with its alias, for example `"tickets t"`.
    var from: String
    var conditions: [SQLClause] = []
    /// The sort's columns or expressions, the id column last.
    var sortColumns: [String]
    var direction: SortDirection
    var cursor: Helpdesk.Cursor?
    var limit: Int
    /// A cheaper statement for the total than `count(*)` over `from` with the filters, if there is one.
    var count: SQLClause?

    /// Rows past the cursor, in the sort's order, at most `limit + 1` of them.
    func rows(_ db: Database) throws -> [Row] {
        let statement = pageStatement()
        return try Row.fetchAll(db, sql: statement.sql, arguments: statement.arguments)
    }

    /// How many rows pass the filters, the cursor aside.
    func total(_ db: Database) throws -> Int {
        let statement = countStatement()
        return try Int.fetchOne(db, sql: statement.sql, arguments: statement.arguments) ?? 0
    }

    /// The statement of the page: filters, cursor, order and limit.
    func pageStatement() -> SQLClause {
        var withCursor = conditions
        if let bound = cursorCondition() { withCursor.append(bound) }
        let filter = SQLClause.whereClause(withCursor)
        let order = direction == .ascending ? "ASC" : "DESC"
        let orderBy = sortColumns.map { "\($0) \(order)" }.joined(separator: ", ")
        var arguments = filter.arguments
        arguments += [limit + 1]
        return SQLClause("SELECT \(select) FROM \(from)\(filter.sql) ORDER BY \(orderBy) LIMIT ?", arguments)
    }

    /// The statement of the total: the filters only.
    func countStatement() -> SQLClause {
        if let count { return count }
        let filter = SQLClause.whereClause(conditions)
        return SQLClause("SELECT count(*) FROM \(from)\(filter.sql)", filter.arguments)
    }

    /// The rows strictly past the cursor in the sort's direction, as a row-value comparison
    /// that the sort's index answers. A key with fewer values than the sort is padded with 0
    /// (as the in-memory store reads it); the handler refuses such cursors before.
    private func cursorCondition() -> SQLClause? {
        guard let cursor else { return nil }
        let comparison = direction == .ascending ? ">" : "<"
        switch cursor.position {
        case .timestamp(let milliseconds):
            guard let first = sortColumns.first else { return nil }
            return SQLClause("\(first) \(comparison) ?", [milliseconds])
        case .after(let key):
            let valueColumns = sortColumns.dropLast()
            var values: [DatabaseValue] = key.values.prefix(valueColumns.count).map(Codes.databaseValue)
            while values.count < valueColumns.count { values.append(0.databaseValue) }
            values.append(key.id.databaseValue)
            let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
            return SQLClause(
                "(\(sortColumns.joined(separator: ", "))) \(comparison) (\(marks))", StatementArguments(values))
        }
    }

    /// The page of `items` (the rows read, already mapped) with the cursor after the last
    /// one shown, made from its sort key.
    func page<Item>(_ items: [Item], total: Int, field: String, key: (Item) -> SortKey) -> Page<Item> {
        let shown = Array(items.prefix(limit))
        let next: Helpdesk.Cursor? =
            items.count > limit
            ? shown.last.map { Helpdesk.Cursor(after: key($0), field: field, direction: direction) } : nil
        return Page(items: shown, total: total, nextCursor: next)
    }
}
