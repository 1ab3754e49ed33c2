internal import GRDB
internal import Helpdesk

/// The three FTS5 tables and the record fields each indexes.
enum SearchTable: CaseIterable {
    case tickets, customers, articles

    /// The FTS5 table.
    var name: String {
        switch self {
        case .tickets: "ticket_search"
        case .customers: "customer_search"
        case .articles: "article_search"
        }
    }

    /// The table of the records.
    var source: String {
        switch self {
        case .tickets: "tickets"
        case .customers: "customers"
        case .articles: "articles"
        }
    }

    /// The searched columns of ``source``, as the library's `matches` reads them.
    var sourceColumnNames: [String] {
        switch self {
        case .tickets: ["subject", "summary", "description"]
        case .customers: ["name", "email"]
        case .articles: ["title", "body"]
        }
    }

    var sourceColumns: String { sourceColumnNames.joined(separator: ", ") }

    /// The words of `fields` as FTS5 keeps them: the library's folded words, one space apart.
    static func words(of fields: [String]) -> String {
        fields.flatMap(SearchWords.words(in:)).joined(separator: " ")
    }

    /// Sets the words of the record at `row`; `replacing` the words it had.
    func index(row: Int64, fields: [String], replacing: Bool, in db: Database) throws {
        if replacing { try db.run(sql: "DELETE FROM \(name) WHERE rowid = ?", arguments: [row]) }
        try db.run(
            sql: "INSERT INTO \(name)(rowid, words) VALUES (?, ?)", arguments: [row, Self.words(of: fields)])
    }

    /// The FTS5 query for `text`: each word an FTS5 string, so that no user text is read as
    /// query syntax; all must match, the last one also as a prefix.
    static func matchExpression(for text: SearchText) -> String {
        var terms = text.words.map { "\"" + $0.replacing("\"", with: "\"\"") + "\"" }
        if let last = terms.popLast() { terms.append(last + " *") }
        return terms.joined(separator: " ")
    }

    /// The `row`s (as `member`) of the records matching `text`.
    func members(matching text: SearchText) -> SQLClause {
        SQLClause("SELECT rowid AS member FROM \(name) WHERE \(name) MATCH ?", [Self.matchExpression(for: text)])
    }

    /// A condition on `rowColumn` (the records' `row`) that holds for the records matching `text`.
    func condition(rowColumn: String, matching text: SearchText) -> SQLClause {
        let members = members(matching: text)
        return SQLClause("\(rowColumn) IN (\(members.sql))", members.arguments)
    }
}
