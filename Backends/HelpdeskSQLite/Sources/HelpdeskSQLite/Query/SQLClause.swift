internal import GRDB

/// A piece of SQL with its bound arguments. User values only ever go in `arguments`.
struct SQLClause {
    var sql: String
    var arguments: StatementArguments

    init(_ sql: String, _ arguments: StatementArguments = []) {
        self.sql = sql
        self.arguments = arguments
    }

    /// `column IN (?, ?, …)` over `values`; callers handle an empty set before (it matches nothing).
    static func isIn(_ column: String, _ values: some Sequence<some DatabaseValueConvertible>) -> SQLClause {
        let list = values.map { $0.databaseValue }
        let marks = Array(repeating: "?", count: list.count).joined(separator: ", ")
        return SQLClause("\(column) IN (\(marks))", StatementArguments(list))
    }

    /// The conditions joined by `AND`, as a `WHERE` clause (empty for none).
    static func whereClause(_ conditions: [SQLClause]) -> SQLClause {
        guard !conditions.isEmpty else { return SQLClause("") }
        var arguments = StatementArguments()
        for condition in conditions { arguments += condition.arguments }
        return SQLClause(" WHERE " + conditions.map { "(\($0.sql))" }.joined(separator: " AND "), arguments)
    }

    /// `a = ?, b = ?, …` for a comma-separated list of columns.
    static func assignments(_ columns: String) -> String {
        columns.split(separator: ", ").map { "\($0) = ?" }.joined(separator: ", ")
    }
}
