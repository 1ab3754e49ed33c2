internal import Helpdesk
internal import PostgresNIO

/// One page of a list in one statement: the exact total of the filter, and the page past the
/// cursor by keyset, read from one snapshot.
///
/// ```sql
/// SELECT c.total, p.* FROM (SELECT count(*) AS total FROM #.tickets t WHERE <filter>) c
/// LEFT JOIN LATERAL (SELECT <columns>, <sort keys> FROM #.tickets t WHERE <filter> AND <past the cursor>
///                    ORDER BY <sort keys>, t.id LIMIT <limit + 1>) p ON true
/// ORDER BY <sort keys>, p.id
/// ```
///
/// An empty page is one row whose `p` columns are NULL.
struct ListStatement {
    /// A sort key: an expression on `t`, and whether it holds text (else a bigint).
    struct Key {
        let expression: String
        let isText: Bool

        static func integer(_ expression: String) -> Key { Key(expression: expression, isText: false) }
        static func text(_ expression: String) -> Key { Key(expression: expression, isText: true) }
    }

    /// `#.tickets t` and so on.
    let from: String
    let columns: String
    /// Appends ` AND <condition>` for each filter; called twice, for the count and the page.
    let filter: (inout SQL) throws -> Void
    let keys: [Key]
    let field: String
    let direction: SortDirection
    let cursor: Cursor?
    let limit: Int

    func statement(_ base: SQL) throws -> SQL {
        var query = base
        let order = direction == .ascending ? "ASC" : "DESC"
        query.add("SELECT c.total, p.* FROM (SELECT count(*) AS total FROM \(from) WHERE true")
        try filter(&query)
        query.add(") c LEFT JOIN LATERAL (SELECT \(columns)")
        for (index, key) in keys.enumerated() { query.add(", \(key.expression) AS sort\(index)") }
        query.add(" FROM \(from) WHERE true")
        try filter(&query)
        try addCursor(to: &query)
        let inner = keys.map { "\($0.expression) \(order)" } + ["t.id \(order)"]
        query.add(" ORDER BY \(inner.joined(separator: ", ")) LIMIT \(limit + 1)) p ON true")
        let outer = keys.indices.map { "p.sort\($0) \(order)" } + ["p.id \(order)"]
        query.add(" ORDER BY \(outer.joined(separator: ", "))")
        return query
    }

    /// ` AND (keys, t.id) > (values, id)` (`<` descending), or a bare timestamp on the first key.
    private func addCursor(to query: inout SQL) throws {
        guard let cursor else { return }
        let comparison = direction == .ascending ? ">" : "<"
        switch cursor.position {
        case .timestamp(let milliseconds):
            guard let first = keys.first else { return }
            query.add(" AND \(first.expression) \(comparison) ")
            query.bind(milliseconds)
        case .after(let key):
            guard key.values.count == keys.count else {
                throw StorageError.backend("the cursor does not fit the sort by \(field)")
            }
            query.add(" AND (\((keys.map(\.expression) + ["t.id"]).joined(separator: ", "))) \(comparison) (")
            for (value, sortKey) in zip(key.values, keys) {
                switch (value, sortKey.isText) {
                case (.integer(let number), false): query.bind(number)
                case (.text(let text), true): query.bind(text)
                default: throw StorageError.backend("the cursor does not fit the sort by \(field)")
                }
                query.add(", ")
            }
            query.bind(key.id)
            query.add(")")
        }
    }

    /// The page of `rows` (from ``statement(_:)``), each made by `decode`.
    func page<Item>(_ rows: [PostgresRandomAccessRow], _ decode: (PostgresRandomAccessRow) throws -> Item) throws
        -> Page<Item>
    {
        let total = try rows.first.map { Int(try $0.value("total", as: Int64.self)) } ?? 0
        let present = try rows.filter { try $0.value("id", as: String?.self) != nil }
        let pageRows = present.prefix(limit)
        var next: Cursor?
        if present.count > limit, let last = pageRows.last {
            next = Cursor(after: try sortKey(of: last), field: field, direction: direction)
        }
        return Page(items: try pageRows.map(decode), total: total, nextCursor: next)
    }

    private func sortKey(of row: PostgresRandomAccessRow) throws -> SortKey {
        var values: [SortValue] = []
        for (index, key) in keys.enumerated() {
            values.append(
                key.isText
                    ? .text(try row.value("sort\(index)", as: String.self))
                    : .integer(try row.value("sort\(index)", as: Int64.self)))
        }
        return SortKey(values, id: try row.value("id", as: String.self))
    }
}

extension PostgresStore {
    /// Runs a list statement and makes its page.
    func page<Item>(_ list: ListStatement, _ decode: (PostgresRandomAccessRow) throws -> Item) async throws
        -> Page<Item>
    {
        try list.page(try await rows(list.statement(sql())), decode)
    }
}
