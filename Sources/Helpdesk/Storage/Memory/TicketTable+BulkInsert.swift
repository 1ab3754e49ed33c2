import Dispatch
import Foundation  // `Thread`, which FoundationEssentials does not have

/// Adding many new tickets at once: an import's path into the table.
extension TicketTable {
    /// The fewest new tickets whose words are gathered beside the other indexes, on other threads.
    static let parallelGatherMinimum = 8_192

    /// Adds tickets, as ``set(_:to:)`` would one by one: each takes its row first; then this
    /// thread keeps the other indexes while the search words are gathered on others, and each
    /// word's rows are added to its set at once. The records' ids must be distinct and new to
    /// the table (the caller has checked them, as it must for its errors).
    mutating func insertAll(_ records: [Stored<TicketRecord>]) {
        reserve(records.count)
        var placed: [Int32] = []
        placed.reserveCapacity(records.count)
        for record in records { placed.append(place(record)) }
        let (tickets, ticketRows) = (records.map(\.value), placed)
        let parts =
            tickets.count >= Self.parallelGatherMinimum
            ? min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 8) : 0
        let gathered = (0..<max(parts, 1)).map { _ in GatheredWords() }
        let group = DispatchGroup()
        for part in 0..<parts {
            let words = gathered[part]
            let range = (tickets.count * part / parts)..<(tickets.count * (part + 1) / parts)
            // A thread of its own, not a queue's: a pool's threads may all be busy with a host's
            // work, and this thread holds the store's lock until the words are in.
            group.enter()
            Thread {
                for offset in range { words.postings.add(tickets[offset], row: ticketRows[offset]) }
                group.leave()
            }.start()
        }
        for (ticket, row) in zip(tickets, ticketRows) { index(ticket, row: row, words: false) }
        if parts == 0 {
            for (ticket, row) in zip(tickets, ticketRows) { gathered[0].postings.add(ticket, row: row) }
        }
        group.wait()
        for words in gathered {
            for (word, wordRows) in zip(words.postings.words, words.postings.rows) {
                addPostings(of: word, rows: wordRows)
            }
        }
    }
}

/// The postings one thread gathers: written by that thread alone, and read only after
/// the group it runs in has been waited for.
private final class GatheredWords: @unchecked Sendable {
    var postings = WordPostings()
}
