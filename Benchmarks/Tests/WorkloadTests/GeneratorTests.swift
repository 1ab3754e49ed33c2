import Helpdesk
import Testing
import Workload

/// The generator against the check values that `bench/WORKLOAD.md` gives for N = 10,000.
@Suite struct GeneratorTests {
    static let tickets: [WorkloadTicket] = {
        var generator = WorkloadGenerator(size: 10_000)
        return generator.next(10_000)
    }()

    @Test func firstTicketIsTheOneTheWorkloadNames() {
        let first = Self.tickets[0]
        #expect(first.id == "tkt_0000001")
        #expect(first.tags == [0])
        #expect(first.status == .solved)
        #expect(first.priority == .medium)
        #expect(first.assignee == 63)
        #expect(first.customer == 926)
        #expect(first.createdAt == WorkloadGenerator.epoch)
        // 2024-01-10T18:55:49Z
        #expect(first.updatedAt == WorkloadGenerator.epoch + 9 * 86_400 + 18 * 3_600 + 55 * 60 + 49)
        #expect(first.subject == "w0003 w0049 w0059 w0063 w0237 w0003 w0000 w0050 w0000")
    }

    @Test func secondTicketIsTheOneTheWorkloadNames() {
        let second = Self.tickets[1]
        #expect(second.tags.map(WorkloadNames.tag) == ["tag11", "tag06", "tag28"])
        #expect(second.assignee == 103)
        #expect(second.customer == 979)
    }

    @Test func countsOverAllTenThousand() {
        let statuses = Dictionary(grouping: Self.tickets, by: \.status).mapValues(\.count)
        #expect(statuses[.open] == 3014)
        #expect(statuses[.pending] == 1999)
        #expect(statuses[.onHold] == 519)
        #expect(statuses[.solved] == 2981)
        #expect(statuses[.closed] == 1487)
        #expect(Self.tickets.filter { $0.assignee == nil }.count == 2056)
        let shared = zip(Self.tickets.dropFirst(), Self.tickets).filter { $0.createdAt == $1.createdAt }.count
        #expect(shared == 110)
        #expect(Self.tickets.filter { $0.tags.contains(0) }.count == 2994)
        #expect(Self.tickets.filter { $0.tags.contains(9) }.count == 381)
    }

    @Test func writeDrawsStayInRangeAndDeletionsAreDistinct() {
        let updates = WriteDraws.updates(count: 1_000, size: 10_000)
        #expect(updates.allSatisfy { (0..<10_000).contains($0.index) })
        #expect(updates.last?.updatedAt == WriteDraws.updateEpoch + 999)
        let deletions = WriteDraws.deletions(count: 1_000, size: 10_000)
        #expect(Set(deletions).count == 1_000)
    }

    @Test func questionDrawsFollowTheirRules() {
        var draws = QuestionDraws(for: WorkloadGenerator(size: 10_000))
        for _ in 0..<200 {
            if case .tags(let a, let b) = draws.next(.q6) { #expect(a != b && (0..<10).contains(a) && b < 10) }
            if case .search(let word) = draws.next(.q7) { #expect((50...500).contains(word)) }
            if case .pendingPage(let start) = draws.next(.q9) {
                #expect(start.id >= "tkt_0006001" && start.id <= "tkt_0010000")
            }
        }
    }
}
