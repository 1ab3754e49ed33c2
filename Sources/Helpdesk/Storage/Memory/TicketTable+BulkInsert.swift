/// Adding many new tickets at once: an import's path into the table.
extension TicketTable {
    /// Adds tickets, as ``set(_:to:)`` would one by one: each takes its row first; then this
    /// thread keeps the other indexes while the search words are gathered on others, and each
    /// word's rows are added to its set at once. The records' ids must be distinct and new to
    /// the table (the caller has checked them, as it must for its errors).
    mutating func insertAll(_ records: [Stored<TicketRecord>]) {
        reserve(records.count)
        var placed: [Int32] = []
        placed.reserveCapacity(records.count)
        for record in records { placed.append(place(record)) }
        let (tickets, rows) = (records.map(\.value), placed)
        // Many tickets (``ParallelParts``): their words are gathered on threads of their own.
        let ranges = ParallelParts.ranges(tickets.count)
        let gatherers =
            ranges.count > 1 ? ranges.map { range in ThreadWork { Self.postings(of: tickets, rows: rows, range) } } : []
        for (ticket, row) in zip(tickets, rows) { index(ticket, row: row, words: false) }
        let gathered =
            gatherers.isEmpty ? [Self.postings(of: tickets, rows: rows, tickets.indices)] : gatherers.map { $0.wait() }
        for postings in gathered {
            for (word, wordRows) in zip(postings.words, postings.rows) { addPostings(of: word, rows: wordRows) }
        }
    }

    /// The search words of `tickets[range]`, which take `rows[range]`.
    private static func postings(of tickets: [TicketRecord], rows: [Int32], _ range: Range<Int>) -> WordPostings {
        var postings = WordPostings()
        for offset in range { postings.add(tickets[offset], row: rows[offset]) }
        return postings
    }
}
