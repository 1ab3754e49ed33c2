#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The tickets of an ``InMemoryStore``, with the indexes that answer every
/// ``TicketQuery`` without scanning the table.
///
/// Each ticket lives in a numbered row. Rows are appended, so while tickets
/// arrive in creation order (the usual case) row order *is* `created_at, id`
/// order, and a filter's bitmap can be read in sort order directly. Every
/// filter value has a ``RowSet``; `created_at` and `updated_at` have a
/// ``SortedRowIndex``; search words have postings.
struct TicketTable: Sendable {
    private(set) var slots: ContiguousArray<Stored<TicketRecord>?> = []
    private(set) var rowIDs: ContiguousArray<TicketID> = []
    private(set) var createdKeys = SampledKeys()
    private(set) var updatedKeys: ContiguousArray<Int64> = []
    private var rowByID: [TicketID: Int32] = [:]
    /// Rows whose ticket was deleted, kept so that a ticket put back (an undo) takes its old row.
    private var freedRows: [TicketID: Int32] = [:]
    /// Whether row order is `created_at, id` order.
    private(set) var isClustered = true

    private(set) var live = RowSet()
    private(set) var statusSets = Array(repeating: RowSet(), count: TicketStatus.allCases.count)
    private(set) var prioritySets = Array(repeating: RowSet(), count: TicketPriority.allCases.count)
    private(set) var unassigned = RowSet()
    private(set) var assigneeSets: [UserID: RowSet] = [:]
    private(set) var customerSets: [CustomerID: RowSet] = [:]
    /// Rows by status, priority and assignee together: the composite index behind combined filters.
    private(set) var cells: [Cell: RowSet] = [:]
    private(set) var tagSets: [String: RowSet] = [:]
    /// Tickets by pair of tags, for the total of a two-tag filter.
    private(set) var tagPairs = TagPairCounts()
    private(set) var wordSets: [String: RowSet] = [:]
    /// Every word with postings, sorted, for prefix search.
    private(set) var vocabulary = SortedStrings()
    private(set) var byCreated = SortedRowIndex()
    private(set) var byUpdated = SortedRowIndex()

    init() {}

    var count: Int { rowByID.count }

    /// Whether a ticket has `id`.
    func contains(_ id: TicketID) -> Bool { rowByID.index(forKey: id) != nil }

    subscript(id: TicketID) -> Stored<TicketRecord>? {
        rowByID[id].flatMap { slots[Int($0)] }
    }

    /// The ticket ids of a customer.
    func ticketIDs(ofCustomer id: CustomerID) -> [TicketID] {
        (customerSets[id]?.rows ?? []).map { rowIDs[Int($0)] }
    }

    /// The ticket ids that carry a tag.
    func ticketIDs(taggedWith name: String) -> [TicketID] {
        (tagSets[name]?.rows ?? []).map { rowIDs[Int($0)] }
    }

    func ticketCount(ofCustomer id: CustomerID) -> Int { customerSets[id]?.count ?? 0 }

    func ticketCount(taggedWith name: String) -> Int { tagSets[name]?.count ?? 0 }

    /// Sets the ticket with `id` to `new` (or removes it), keeping every index current;
    /// answers the ticket it replaced.
    @discardableResult
    mutating func set(_ id: TicketID, to new: Stored<TicketRecord>?) -> Stored<TicketRecord>? {
        if let row = rowByID[id], let old = slots[Int(row)] {
            if let new {
                update(row: row, from: old, to: new)
            } else {
                unindex(old.value, row: row, words: true)
                slots[Int(row)] = nil
                rowByID[id] = nil
                freedRows[id] = row
            }
            return old
        }
        guard let new else { return nil }
        index(new.value, row: place(new), words: true)
        return nil
    }

    /// Makes room for `count` more tickets.
    mutating func reserve(_ count: Int) { rowByID.reserveCapacity(rowByID.count + count) }

    /// Adds rows to a search word's set, and a new word to the vocabulary.
    mutating func addPostings(of word: String, rows: [Int32]) {
        if wordSets[word] == nil { vocabulary.insert(word) }
        wordSets[word, default: RowSet()].insert(contentsOf: rows, capacityHint: slots.count)
    }

    /// Gives a new ticket its row (its old one if it was deleted, else a new one at the end)
    /// and records its id, keys and value there.
    mutating func place(_ new: Stored<TicketRecord>) -> Int32 {
        let id = new.value.id
        let row = freedRows.removeValue(forKey: id) ?? append(new.value)
        if createdKeys[Int(row)] != new.value.createdAt.millisecondsSince1970 { isClustered = false }
        createdKeys[Int(row)] = new.value.createdAt.millisecondsSince1970
        updatedKeys[Int(row)] = new.value.updatedAt.millisecondsSince1970
        slots[Int(row)] = new
        rowByID[id] = row
        return row
    }

    private mutating func append(_ ticket: TicketRecord) -> Int32 {
        let row = Int32(slots.count)
        let key = ticket.createdAt.millisecondsSince1970
        if let last = createdKeys.last, let lastID = rowIDs.last,
            last > key || (last == key && !lastID.rawValue.utf8.lexicographicallyPrecedes(ticket.id.rawValue.utf8))
        {
            isClustered = false
        }
        slots.append(nil)
        rowIDs.append(ticket.id)
        createdKeys.append(key)
        updatedKeys.append(ticket.updatedAt.millisecondsSince1970)
        return row
    }

    /// Moves a row's entries only in the indexes whose field changed.
    private mutating func update(row: Int32, from old: Stored<TicketRecord>, to new: Stored<TicketRecord>) {
        let before = old.value
        let after = new.value
        let hint = slots.count
        if before.status != after.status {
            statusSets[before.status.index].remove(row)
            statusSets[after.status.index].insert(row, capacityHint: hint)
        }
        if before.priority != after.priority {
            prioritySets[before.priority.rank].remove(row)
            prioritySets[after.priority.rank].insert(row, capacityHint: hint)
        }
        if before.assigneeID != after.assigneeID {
            if let assignee = before.assigneeID {
                Self.remove(row, from: &assigneeSets, at: assignee)
            } else {
                unassigned.remove(row)
            }
            if let assignee = after.assigneeID {
                assigneeSets[assignee, default: RowSet()].insert(row, capacityHint: hint)
            } else {
                unassigned.insert(row, capacityHint: hint)
            }
        }
        if Cell(before) != Cell(after) {
            Self.remove(row, from: &cells, at: Cell(before))
            cells[Cell(after), default: RowSet()].insert(row, capacityHint: hint)
        }
        if before.customerID != after.customerID {
            Self.remove(row, from: &customerSets, at: before.customerID)
            customerSets[after.customerID, default: RowSet()].insert(row, capacityHint: hint)
        }
        if before.tags != after.tags {
            for tag in before.tags where !after.tags.contains(tag) { Self.remove(row, from: &tagSets, at: tag) }
            for tag in after.tags where !before.tags.contains(tag) {
                tagSets[tag, default: RowSet()].insert(row, capacityHint: hint)
            }
            tagPairs.remove(before.tags)
            tagPairs.add(after.tags)
        }
        if before.subject != after.subject || before.summary != after.summary
            || before.description != after.description
        {
            let oldWords = Self.words(of: before)
            let newWords = Self.words(of: after)
            for word in oldWords.subtracting(newWords) {
                if Self.remove(row, from: &wordSets, at: word) { vocabulary.remove(word) }
            }
            for word in newWords.subtracting(oldWords) {
                if wordSets[word] == nil { vocabulary.insert(word) }
                wordSets[word, default: RowSet()].insert(row, capacityHint: hint)
            }
        }
        let ids = rowIDs
        if before.createdAt != after.createdAt {
            isClustered = false
            byCreated.remove(.init(key: createdKeys[Int(row)], row: row)) { ids[Int($0)].rawValue }
            createdKeys[Int(row)] = after.createdAt.millisecondsSince1970
            byCreated.insert(.init(key: createdKeys[Int(row)], row: row)) { ids[Int($0)].rawValue }
        }
        if before.updatedAt != after.updatedAt {
            byUpdated.remove(.init(key: updatedKeys[Int(row)], row: row)) { ids[Int($0)].rawValue }
            updatedKeys[Int(row)] = after.updatedAt.millisecondsSince1970
            byUpdated.insert(.init(key: updatedKeys[Int(row)], row: row)) { ids[Int($0)].rawValue }
        }
        slots[Int(row)] = new
    }

    private func ticketID(_ row: Int32) -> String { rowIDs[Int(row)].rawValue }

    mutating func index(_ ticket: TicketRecord, row: Int32, words: Bool) {
        let hint = slots.count
        live.insert(row, capacityHint: hint)
        statusSets[ticket.status.index].insert(row, capacityHint: hint)
        prioritySets[ticket.priority.rank].insert(row, capacityHint: hint)
        if let assignee = ticket.assigneeID {
            assigneeSets[assignee, default: RowSet()].insert(row, capacityHint: hint)
        } else {
            unassigned.insert(row, capacityHint: hint)
        }
        customerSets[ticket.customerID, default: RowSet()].insert(row, capacityHint: hint)
        cells[Cell(ticket), default: RowSet()].insert(row, capacityHint: hint)
        for tag in ticket.tags { tagSets[tag, default: RowSet()].insert(row, capacityHint: hint) }
        tagPairs.add(ticket.tags)
        if words {
            // Every occurrence, not the distinct words: a repeat finds the row already there,
            // which is cheaper than hashing each word into a set first.
            for word in Self.wordOccurrences(of: ticket) {
                let before = wordSets[word, default: RowSet()].insertCountingBefore(row, capacityHint: hint)
                if before == 0 { vocabulary.insert(word) }
            }
        }
        let ids = rowIDs
        byCreated.insert(.init(key: ticket.createdAt.millisecondsSince1970, row: row)) { ids[Int($0)].rawValue }
        byUpdated.insert(.init(key: ticket.updatedAt.millisecondsSince1970, row: row)) { ids[Int($0)].rawValue }
    }

    private mutating func unindex(_ ticket: TicketRecord, row: Int32, words: Bool) {
        live.remove(row)
        statusSets[ticket.status.index].remove(row)
        prioritySets[ticket.priority.rank].remove(row)
        if let assignee = ticket.assigneeID {
            Self.remove(row, from: &assigneeSets, at: assignee)
        } else {
            unassigned.remove(row)
        }
        Self.remove(row, from: &customerSets, at: ticket.customerID)
        Self.remove(row, from: &cells, at: Cell(ticket))
        for tag in ticket.tags { Self.remove(row, from: &tagSets, at: tag) }
        tagPairs.remove(ticket.tags)
        if words {
            for word in Self.words(of: ticket) {
                if Self.remove(row, from: &wordSets, at: word) { vocabulary.remove(word) }
            }
        }
        let ids = rowIDs
        byCreated.remove(.init(key: ticket.createdAt.millisecondsSince1970, row: row)) { ids[Int($0)].rawValue }
        byUpdated.remove(.init(key: ticket.updatedAt.millisecondsSince1970, row: row)) { ids[Int($0)].rawValue }
    }

    /// Removes `row` from the set at `key` in place (one lookup), dropping the set once empty;
    /// answers whether it was dropped.
    @discardableResult
    private static func remove<Key: Hashable>(_ row: Int32, from sets: inout [Key: RowSet], at key: Key) -> Bool {
        guard let index = sets.index(forKey: key) else { return false }
        sets.values[index].remove(row)
        guard sets.values[index].isEmpty else { return false }
        sets.remove(at: index)
        return true
    }

    /// The search words of a ticket in order, repeats kept: subject, summary and description.
    static func wordOccurrences(of ticket: TicketRecord) -> [String] {
        var words = SearchWords.words(in: ticket.subject)
        if let summary = ticket.summary { words += SearchWords.words(in: summary) }
        words += SearchWords.words(in: ticket.description)
        return words
    }

    /// The distinct search words of a ticket: subject, summary and description.
    static func words(of ticket: TicketRecord) -> Set<String> {
        Set(wordOccurrences(of: ticket))
    }
}

/// A status, a priority and an assignee (or none): one cell of the composite index.
struct Cell: Hashable {
    var status: TicketStatus
    var priority: TicketPriority
    var assignee: UserID?

    init(status: TicketStatus, priority: TicketPriority, assignee: UserID?) {
        self.status = status
        self.priority = priority
        self.assignee = assignee
    }

    init(_ ticket: TicketRecord) {
        self.init(status: ticket.status, priority: ticket.priority, assignee: ticket.assigneeID)
    }
}

extension TicketStatus {
    /// 0 for `open` … 4 for `closed`.
    var index: Int {
        switch self {
        case .open: 0
        case .pending: 1
        case .onHold: 2
        case .solved: 3
        case .closed: 4
        }
    }
}
