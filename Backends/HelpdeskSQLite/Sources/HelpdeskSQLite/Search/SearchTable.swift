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

    /// FTS5 keeps at most this many bytes of a token: a longer one is cut, in the index and
    /// in queries alike.
    static let tokenBytes = 32_768

    /// Whether FTS5 answers `text` exactly: no query word is long enough to be cut. (Record
    /// words are cut too, but a query word shorter than the cut still tells them apart.)
    static func answersExactly(_ text: SearchText) -> Bool {
        text.words.allSatisfy { $0.utf8.count < tokenBytes }
    }

    /// The `row`s of the records matching `text`: FTS5's matches, each checked again with
    /// ``SearchText/matches(fields:)`` (for the texts FTS5 does not answer exactly).
    func checkedRows(matching text: SearchText, _ db: Database) throws -> [Int64] {
        let members = members(matching: text)
        let rows = try Row.fetchAll(
            db, sql: "SELECT row, \(sourceColumns) FROM \(source) WHERE row IN (\(members.sql))",
            arguments: members.arguments)
        return try rows.compactMap { row in
            let fields = try sourceColumnNames.map { try row.decode(String?.self, forColumn: $0) ?? "" }
            return text.matches(fields: fields) ? try row.decode(Int64.self, forColumn: "row") : nil
        }
    }

    /// `rows` as one bound parameter, a JSON array that `json_each` reads.
    static func rowList(_ rows: [Int64]) -> SQLClause {
        SQLClause(
            "SELECT value AS member FROM json_each(?)", ["[" + rows.map(String.init).joined(separator: ",") + "]"])
    }

    /// A condition on `rowColumn` (the records' `row`) that holds for the records matching `text`.
    func condition(rowColumn: String, matching text: SearchText, _ db: Database) throws -> SQLClause {
        let members =
            Self.answersExactly(text) ? members(matching: text) : Self.rowList(try checkedRows(matching: text, db))
        return SQLClause("\(rowColumn) IN (\(members.sql))", members.arguments)
    }
}
