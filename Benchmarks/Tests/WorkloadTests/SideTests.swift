import Foundation
import Helpdesk
import Testing
import Workload

/// Each side against brute force over the same 2,000 generated tickets.
@Suite struct SideTests {
    static let size = 2_000
    static let tickets: [WorkloadTicket] = {
        var generator = WorkloadGenerator(size: size)
        return generator.next(size)
    }()

    /// A fresh side with the 2,000 tickets loaded.
    static func loadedSide(_ kind: SideKind) async throws -> any WorkloadSide {
        let side = try await kind.make()
        try await side.load(tickets, customerCount: WorkloadGenerator(size: size).customerCount)
        return side
    }

    /// `count` drawn questions of each kind (Q9: first pages of walks).
    static func questions(each count: Int) -> [Question] {
        var draws = QuestionDraws(for: WorkloadGenerator(size: size))
        return QuestionDraws.Kind.allCases.flatMap { kind in (0..<count).map { _ in draws.next(kind) } }
    }

    /// Every drawn question answered the same by `side` and `reference`.
    static func expectAgreement(
        _ side: any WorkloadSide, _ reference: ReferenceAnswers, each count: Int = 3
    ) async throws {
        for question in questions(each: count) {
            let answer = try await side.answer(question)
            #expect(answer == reference.answer(question), "\(question)")
        }
    }

    @Test(arguments: SideKind.available, QuestionDraws.Kind.allCases)
    func answersMatchBruteForce(side kind: SideKind, question: QuestionDraws.Kind) async throws {
        let side = try await Self.loadedSide(kind)
        let reference = ReferenceAnswers(tickets: Self.tickets)
        var draws = QuestionDraws(for: WorkloadGenerator(size: Self.size))
        for _ in 0..<8 {
            let question = draws.next(question)
            let expected = reference.answer(question)
            let answer = try await side.answer(question)
            #expect(answer == expected, "\(question)")
            #expect(answer.ids.count == min(Question.limit, expected.total))
        }
    }

    @Test(arguments: SideKind.available)
    func pendingWalkSeesEveryRowOnce(side kind: SideKind) async throws {
        let side = try await Self.loadedSide(kind)
        let reference = ReferenceAnswers(tickets: Self.tickets)
        var draws = QuestionDraws(for: WorkloadGenerator(size: Self.size))
        guard case .pendingPage(let start) = draws.next(.q9) else {
            Issue.record("Q9 did not draw a page")
            return
        }
        var position: Question.Position? = start
        var seen: [String] = []
        var pages = 0
        while let after = position, pages < QuestionDraws.walkPages {
            let answer = try await side.answer(.pendingPage(after: after))
            #expect(answer == reference.answer(.pendingPage(after: after)))
            seen += answer.ids
            position = answer.next
            pages += 1
        }
        let expected = Self.tickets.filter { $0.status == .pending && ReferenceAnswers.comes($0, after: start) }
            .sorted(by: ReferenceAnswers.newestFirst).prefix(QuestionDraws.walkPages * Question.limit).map(\.id)
        #expect(Set(seen).count == seen.count)
        #expect(seen == Array(expected))
    }

    @Test(arguments: SideKind.available)
    func createShowsInTheAnswers(side kind: SideKind) async throws {
        let side = try await Self.loadedSide(kind)
        var reference = ReferenceAnswers(tickets: Self.tickets)
        var generator = WorkloadGenerator(size: Self.size)
        _ = generator.next(Self.size)
        let ticket = generator.next()
        try await side.create(ticket)
        reference.create(ticket)

        let inbox = try await side.answer(.inbox)
        #expect(inbox.ids.first == ticket.id)
        #expect(inbox.total == Self.size + 1)
        let word = try #require(ticket.subject.split(separator: " ").first.flatMap { Int($0.dropFirst()) })
        #expect(try await side.answer(.search(word: word)).ids.first == ticket.id)
        #expect(try await side.answer(.customer(ticket.customer)).ids.first == ticket.id)
        if ticket.tags.count >= 2 {
            #expect(try await side.answer(.tags(ticket.tags[0], ticket.tags[1])).ids.first == ticket.id)
        }
        try await Self.expectAgreement(side, reference)
    }

    @Test(arguments: SideKind.available)
    func updateShowsInTheAnswers(side kind: SideKind) async throws {
        let side = try await Self.loadedSide(kind)
        var reference = ReferenceAnswers(tickets: Self.tickets)
        let changes = WriteDraws.updates(count: 50, size: Self.size)
        let change = try #require(changes.first { $0.status == .open && $0.assignee == nil })
        try await side.update(change)
        reference.update(change)

        // Stamped in 2026, the ticket is the newest update: last in the triage queue's order.
        let triage = try await side.answer(.triage)
        #expect(triage == reference.answer(.triage))
        #expect(triage.total == reference.tickets.filter { $0.status == .open && $0.assignee == nil }.count)
        try await Self.expectAgreement(side, reference)

        for change in changes {
            try await side.update(change)
            reference.update(change)
        }
        try await Self.expectAgreement(side, reference)
    }

    @Test(arguments: SideKind.available)
    func deleteShowsInTheAnswers(side kind: SideKind) async throws {
        let side = try await Self.loadedSide(kind)
        var reference = ReferenceAnswers(tickets: Self.tickets)
        let newest = try #require(try await side.answer(.inbox).ids.first)
        let index = try #require(Self.tickets.firstIndex { $0.id == newest })
        try await side.delete(index: index)
        reference.delete(index: index)

        let inbox = try await side.answer(.inbox)
        #expect(!inbox.ids.contains(newest))
        #expect(inbox.total == Self.size - 1)
        try await Self.expectAgreement(side, reference)

        for other in WriteDraws.deletions(count: 100, size: Self.size) where other != index {
            try await side.delete(index: other)
            reference.delete(index: other)
        }
        try await Self.expectAgreement(side, reference)
        // Gone already: deleting or updating it again fails.
        await #expect(throws: (any Error).self) { try await side.delete(index: index) }
    }
}

/// What only the SQLite side has: a WAL file, and a connection opened by `load`.
@Suite struct SQLiteSideTests {
    @Test func fileSideInWALModeAgrees() async throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "sqlite-side-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: "helpdesk.sqlite").path
        let side = SQLiteSide(path: path)
        #expect(side.name == "SQLite (WAL file)")
        #expect(SQLiteSide().name == "SQLite (memory)")
        try await side.load(SideTests.tickets, customerCount: WorkloadGenerator(size: SideTests.size).customerCount)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        try await SideTests.expectAgreement(side, ReferenceAnswers(tickets: SideTests.tickets), each: 1)
    }

    @Test func answersBeforeLoadThrow() async {
        await #expect(throws: SQLiteError.self) { try await SQLiteSide().answer(.inbox) }
    }
}
