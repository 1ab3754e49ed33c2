import Testing

@testable import Helpdesk

/// Statuses and priorities compare, order and hash by case (not by their raw strings), in the
/// order the API documents, so sets and dictionary keys of them behave like their cases.
@Suite struct TicketEnumOrderTests {
    @Test func statusesOrderAsDeclared() {
        #expect(TicketStatus.allCases.map(\.index) == Array(0..<TicketStatus.allCases.count))
        #expect(TicketStatus.allCases.sorted() == [.open, .pending, .onHold, .solved, .closed])
        #expect(TicketStatus.allCases.shuffled().sorted() == TicketStatus.allCases)
    }

    @Test func prioritiesOrderByRank() {
        #expect(TicketPriority.allCases.shuffled().sorted() == [.low, .medium, .high, .urgent])
        #expect(TicketPriority.allCases.map(\.rank) == [0, 1, 2, 3])
    }

    @Test func eachCaseEqualsOnlyItself() {
        for status in TicketStatus.allCases {
            #expect(TicketStatus.allCases.filter { $0 == status } == [status])
            #expect(TicketStatus(rawValue: status.rawValue) == status)
        }
        for priority in TicketPriority.allCases {
            #expect(TicketPriority.allCases.filter { $0 == priority } == [priority])
            #expect(TicketPriority(rawValue: priority.rawValue) == priority)
        }
    }

    @Test func setsAndKeysHoldEachCaseOnce() {
        let statuses = Set(TicketStatus.allCases + TicketStatus.allCases)
        #expect(statuses.count == TicketStatus.allCases.count)
        #expect(Set([TicketStatus.open]).intersection([.open, .pending]) == [.open])
        let priorities = Dictionary(TicketPriority.allCases.map { ($0, $0.rawValue) }, uniquingKeysWith: { $1 })
        #expect(priorities.count == TicketPriority.allCases.count)
        for priority in TicketPriority.allCases { #expect(priorities[priority] == priority.rawValue) }
        for status in TicketStatus.allCases {
            var first = Hasher()
            var second = Hasher()
            status.hash(into: &first)
            TicketStatus(rawValue: status.rawValue)?.hash(into: &second)
            #expect(first.finalize() == second.finalize())
        }
    }
}
