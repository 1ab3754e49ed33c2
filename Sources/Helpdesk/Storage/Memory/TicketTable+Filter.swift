/// A ticket query's filters as sets of rows: every group must hold the row;
/// a group holds it if any of its sets does (`anyOf`), or if none does (`noneOf`).
struct RowFilter {
    enum Group {
        case anyOf([RowSet])
        case noneOf([RowSet])
    }

    var groups: [Group] = []

    /// Whether the row passes every group (but the one at `skipping`, known to hold it).
    func contains(_ row: Int32, skipping skipped: Int = -1) -> Bool {
        for (index, group) in groups.enumerated() where index != skipped {
            switch group {
            case .anyOf(let sets): if !sets.contains(where: { $0.contains(row) }) { return false }
            case .noneOf(let sets): if sets.contains(where: { $0.contains(row) }) { return false }
            }
        }
        return true
    }
}

extension TicketTable {
    /// The filter of `query`'s conditions (the cursor aside).
    func filter(for query: TicketQuery) -> RowFilter {
        // Loops rather than closures: a closure that uses `self` copies the whole table.
        var filter = RowFilter()
        if let cells = cells(for: query) {
            filter.groups.append(.anyOf(cells))
        } else {
            if let statuses = query.statuses {
                var sets: [RowSet] = []
                for status in statuses { sets.append(statusSets[status.index]) }
                filter.groups.append(.anyOf(sets))
            }
            if let priorities = query.priorities {
                var sets: [RowSet] = []
                for priority in priorities { sets.append(prioritySets[priority.rank]) }
                filter.groups.append(.anyOf(sets))
            }
            if let assignees = query.assigneeIDs {
                var sets: [RowSet] = []
                for assignee in assignees { if let set = assigneeSets[assignee] { sets.append(set) } }
                filter.groups.append(.anyOf(sets))
            }
            switch query.assignment {
            case .unassigned?: filter.groups.append(.anyOf([unassigned]))
            case .assigned?: filter.groups.append(.noneOf([unassigned]))
            case nil: break
            }
        }
        if let customers = query.customerIDs {
            var sets: [RowSet] = []
            for customer in customers { if let set = customerSets[customer] { sets.append(set) } }
            filter.groups.append(.anyOf(sets))
        }
        for tag in query.tags {
            if let set = tagSets[tag] { filter.groups.append(.anyOf([set])) } else { filter.groups.append(.anyOf([])) }
        }
        if let search = query.search, let last = search.words.last {
            for word in search.words.dropLast() {
                if let set = wordSets[word] {
                    filter.groups.append(.anyOf([set]))
                } else {
                    filter.groups.append(.anyOf([]))
                }
            }
            var sets: [RowSet] = []
            for word in vocabulary.withPrefix(last) { if let set = wordSets[word] { sets.append(set) } }
            filter.groups.append(.anyOf(sets))
        }
        return filter
    }

    /// The most cells a query's status, priority and assignee filters are answered from.
    static let cellLimit = 8

    /// The composite index's cells that hold exactly the rows passing the query's status,
    /// priority and assignee (or unassigned) filters together; `nil` unless all three are
    /// given and name at most ``cellLimit`` cells.
    func cells(for query: TicketQuery) -> [RowSet]? {
        guard query.priorities != nil, let keys = cellKeys(for: query, limit: Self.cellLimit) else { return nil }
        var sets: [RowSet] = []
        for key in keys { if let set = cells[key] { sets.append(set) } }
        return sets
    }

    /// The number of rows passing `query`, summed from the composite cells, when its only
    /// filters are status, priority (any when absent) and assignee (or unassigned) and they
    /// name few cells: the triage queue's "open and unassigned" is four cells.
    func cellTotal(for query: TicketQuery) -> Int? {
        guard query.customerIDs == nil, query.tags.isEmpty, query.search == nil,
            let keys = cellKeys(for: query, limit: 4 * Self.cellLimit)
        else { return nil }
        var total = 0
        for key in keys { total += cells[key]?.count ?? 0 }
        return total
    }

    /// The number of rows passing `query`, from the pair counts, when its only filter is two tags.
    func tagPairTotal(for query: TicketQuery) -> Int? {
        guard query.tags.count == 2, query.statuses == nil, query.priorities == nil, query.assigneeIDs == nil,
            query.assignment == nil, query.customerIDs == nil, query.search == nil
        else { return nil }
        let tags = Array(query.tags)
        return tagPairs.count(tags[0], tags[1])
    }

    /// The cells a query's status, priority (any when absent) and assignee (or unassigned)
    /// filters name; `nil` without a status and an assignee filter, or past `limit` cells.
    private func cellKeys(for query: TicketQuery, limit: Int) -> [Cell]? {
        guard let statuses = query.statuses else { return nil }
        let assignees: [UserID?]
        switch (query.assigneeIDs, query.assignment) {
        case (let ids?, nil): assignees = ids.map { $0 }
        case (nil, .unassigned?): assignees = [nil]
        default: return nil
        }
        let priorities = query.priorities.map(Array.init) ?? TicketPriority.allCases
        guard statuses.count * priorities.count * assignees.count <= limit else { return nil }
        var keys: [Cell] = []
        for status in statuses {
            for priority in priorities {
                for assignee in assignees { keys.append(Cell(status: status, priority: priority, assignee: assignee)) }
            }
        }
        return keys
    }

    /// How many rows a group can hold at most.
    func estimate(_ group: RowFilter.Group) -> Int {
        switch group {
        case .anyOf(let sets): sets.reduce(0) { $0 + $1.count }
        case .noneOf(let sets): max(0, live.count - sets.reduce(0) { $0 + $1.count })
        }
    }

    /// The group as one bitmap of the rows it holds.
    func bitmap(of group: RowFilter.Group) -> Bitmap {
        switch group {
        case .anyOf(let sets):
            if sets.count == 1, let bitmap = sets[0].bitmap { return bitmap }
            var union = Bitmap()
            for set in sets { union.formUnion(set) }
            return union
        case .noneOf(let sets):
            var result = live.bitmap ?? Bitmap(rows: live.rows)
            for set in sets { result.subtract(set) }
            return result
        }
    }
}
