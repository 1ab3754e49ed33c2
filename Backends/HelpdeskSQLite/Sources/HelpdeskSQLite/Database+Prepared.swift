internal import GRDB

/// Statements of fixed SQL, prepared once per connection and reused: the write path and the
/// reads by id run the same few statements again and again. (Lists, whose SQL varies with
/// their filters, are prepared each time, so that the cache stays small.)
extension Database {
    /// Runs a statement.
    func run(sql: String, arguments: StatementArguments = []) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// The first column of the first row, or `nil`.
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ type: Value.Type, sql: String, arguments: StatementArguments = []
    ) throws -> Value? {
        try Value.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }

    /// The first row, or `nil`.
    func row(sql: String, arguments: StatementArguments = []) throws -> Row? {
        try Row.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }
}
