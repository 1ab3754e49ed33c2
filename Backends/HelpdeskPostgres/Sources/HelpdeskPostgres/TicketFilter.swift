internal import Helpdesk
internal import PostgresNIO

/// A ``TicketQuery``'s filters and search as conditions on `t`, each value bound.
enum TicketFilter {
    static func add(_ query: TicketQuery, to sql: inout SQL) throws {
        try sql.any("t.status", query.statuses?.map(\.rawValue))
        try sql.any("t.priority", query.priorities?.map { Int16($0.rank) })
        try sql.any("t.assignee_id", query.assigneeIDs?.map(\.rawValue))
        try sql.any("t.customer_id", query.customerIDs?.map(\.rawValue))
        switch query.assignment {
        case .assigned?: sql.add(" AND t.assignee_id IS NOT NULL")
        case .unassigned?: sql.add(" AND t.assignee_id IS NULL")
        case nil: break
        }
        if !query.tags.isEmpty {
            sql.add(" AND t.tags @> ")
            try sql.bind(array: query.tags.sorted())
        }
        try sql.matching(query.search)
    }
}

extension SQL {
    /// ` AND column = ANY($n)` for a set of values; nothing for `nil` (any value); ` AND false` for an
    /// empty set. One value is compared with `=`, which every index takes.
    mutating func any<Value: PostgresArrayEncodable & PostgresDynamicTypeEncodable>(
        _ column: String, _ values: [Value]?
    ) throws {
        guard let values else { return }
        switch values.count {
        case 0: add(" AND false")
        case 1:
            add(" AND \(column) = ")
            bind(values[0])
        default:
            add(" AND \(column) = ANY(")
            try bind(array: values)
            add(")")
        }
    }

    /// ` AND t.words @@ $n::text::tsquery` for a search: the library's words, matched exactly,
    /// the last one also as a prefix. A word too long for `tsquery` is also checked whole
    /// against `t.long_words`: equal to one of them, or (the last word) a prefix of one.
    mutating func matching(_ search: SearchText?) throws {
        guard let search else { return }
        add(" AND t.words @@ ")
        bind(Columns.tsquery(search))
        add("::text::tsquery")
        for (index, word) in search.words.enumerated() where Columns.isLong(word) {
            if index == search.words.count - 1 {
                add(" AND EXISTS (SELECT 1 FROM unnest(t.long_words) w WHERE starts_with(w, ")
                bind(word)
                add("))")
            } else {
                add(" AND t.long_words @> ")
                try bind(array: [word])
            }
        }
    }
}
