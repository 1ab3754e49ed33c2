import Foundation
import Helpdesk
import Workload

/// The writes of the workload.
enum WriteKind: String, CaseIterable {
    case w1 = "W1"
    case w2 = "W2"
    case w3 = "W3"

    var summary: String {
        switch self {
        case .w1: "create a ticket"
        case .w2: "update status and assignee"
        case .w3: "delete a ticket"
        }
    }
}

/// What one side measured at one size.
struct SideResult {
    var name: String
    var loadSeconds: Double
    var residentBytes: Int
    var reads: [QuestionDraws.Kind: Latencies] = [:]
    var writes: [WriteKind: Latencies] = [:]
}

/// Everything measured at one size N.
struct SizeResult {
    var size: Int
    var sides: [SideResult] = []
    var requestPath: Latencies?
    var agreedBefore = 0
    var agreedAfterWrites = 0
    var concurrency: ConcurrencyResult?
}

/// One size of the workload: load both sides, check they agree, time the questions, the request path and the writes.
struct SizeRun {
    let size: Int
    let options: Options

    func run() async throws -> SizeResult {
        var generator = WorkloadGenerator(size: size)
        let tickets = generator.next(size)
        let created = generator.next(options.writes)
        let updates = WriteDraws.updates(count: options.writes, size: size)
        let deletions = WriteDraws.deletions(count: max(options.writes / 10, 1), size: size)
        var result = SizeResult(size: size)

        let ours = HelpdeskSide()
        var oursResult = try await load(ours, tickets, generator)
        let sqlite = SQLiteSide()
        var sqliteResult = try await load(sqlite, tickets, generator)

        let agreement = Agreement(ours: ours, theirs: sqlite, generator: generator)
        result.agreedBefore = try await agreement.check(samples: 20)
        log("  agreed on \(result.agreedBefore) answers")

        for kind in QuestionDraws.Kind.allCases {
            oursResult.reads[kind] = try await timeReads(kind, on: ours, generator)
            sqliteResult.reads[kind] = try await timeReads(kind, on: sqlite, generator)
            log("  \(kind): \(format(oursResult.reads[kind])) vs \(format(sqliteResult.reads[kind]))")
        }
        result.requestPath = try await timeRequestPath(ours)

        oursResult.writes = try await timeWrites(on: ours, created, updates, deletions)
        sqliteResult.writes = try await timeWrites(on: sqlite, created, updates, deletions)
        result.agreedAfterWrites = try await agreement.check(samples: 5)
        log("  agreed on \(result.agreedAfterWrites) answers after the writes")
        let deleted = Set(deletions)
        let concurrency = try await Concurrency(side: ours, generator: generator)
            .measure(updates: updates.filter { !deleted.contains($0.index) })
        result.concurrency = concurrency
        log(
            "  readers: one \(Int(concurrency.oneReader))/s, two \(Int(concurrency.twoReaders))/s; "
                + "beside a writer: reads \(format(concurrency.readsDuringWrites)), writes \(format(concurrency.writes))"
        )
        result.sides = [oursResult, sqliteResult]

        if options.walFile {
            result.sides.append(try await walWrites(tickets, generator, created, updates, deletions))
        }
        return result
    }

    private func load(
        _ side: some WorkloadSide, _ tickets: [WorkloadTicket], _ generator: WorkloadGenerator
    ) async throws -> SideResult {
        let before = residentBytes()
        let (_, duration) = try await timed { try await side.load(tickets, customerCount: generator.customerCount) }
        let seconds = Double(duration.totalNanoseconds) / 1e9
        let grown = max(residentBytes() - before, 0)
        log("  \(side.name): loaded \(size) tickets in \(String(format: "%.2f", seconds)) s, +\(grown >> 20) MiB")
        return SideResult(name: side.name, loadSeconds: seconds, residentBytes: grown)
    }

    /// `options.runs` answers with fresh parameters (Q9: that many pages, in walks of 40).
    private func timeReads(
        _ kind: QuestionDraws.Kind, on side: some WorkloadSide, _ generator: WorkloadGenerator
    ) async throws -> Latencies {
        var draws = QuestionDraws(for: generator)
        var samples: [Duration] = []
        samples.reserveCapacity(options.runs)
        while samples.count < options.runs {
            var question = draws.next(kind)
            var pages = 0
            repeat {
                let (answer, duration) = try await timed { try await side.answer(question) }
                samples.append(duration)
                pages += 1
                guard kind == .q9, pages < QuestionDraws.walkPages, let next = answer.next else { break }
                question = .pendingPage(after: next)
            } while samples.count < options.runs
        }
        return Latencies(samples)
    }

    private func timeRequestPath(_ ours: HelpdeskSide) async throws -> Latencies {
        var samples: [Duration] = []
        for _ in 0..<options.runs {
            let (response, duration) = await timed { await ours.openTicketsRequest() }
            guard response.status == 200 else {
                throw BenchmarkError.disagreement("the request path answered \(response.status)")
            }
            samples.append(duration)
        }
        let latencies = Latencies(samples)
        log("  request path: \(format(latencies))")
        return latencies
    }

    private func timeWrites(
        on side: some WorkloadSide, _ created: [WorkloadTicket], _ updates: [TicketChange], _ deletions: [Int]
    ) async throws -> [WriteKind: Latencies] {
        var writes: [WriteKind: Latencies] = [:]
        writes[.w1] = Latencies(try await each(created) { try await side.create($0) })
        writes[.w2] = Latencies(try await each(updates) { try await side.update($0) })
        writes[.w3] = Latencies(try await each(deletions) { try await side.delete(index: $0) })
        for kind in WriteKind.allCases {
            log("  \(side.name) \(kind.rawValue): \(Int(writes[kind]?.perSecond ?? 0)) ops/s")
        }
        return writes
    }

    private func walWrites(
        _ tickets: [WorkloadTicket], _ generator: WorkloadGenerator, _ created: [WorkloadTicket],
        _ updates: [TicketChange], _ deletions: [Int]
    ) async throws -> SideResult {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-bench-\(size).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let wal = SQLiteSide(path: path)
        var result = try await load(wal, tickets, generator)
        result.writes = try await timeWrites(on: wal, created, updates, deletions)
        return result
    }

    private func each<Item>(_ items: [Item], _ write: (Item) async throws -> Void) async throws -> [Duration] {
        var samples: [Duration] = []
        samples.reserveCapacity(items.count)
        for item in items {
            let (_, duration) = try await timed { try await write(item) }
            samples.append(duration)
        }
        return samples
    }
}

/// `p50 / p99` in microseconds.
func format(_ latencies: Latencies?) -> String {
    guard let latencies else { return "-" }
    return String(format: "p50 %.1f µs, p99 %.1f µs", latencies.p50, latencies.p99)
}

/// A progress line on standard error, so the report on standard output stays clean.
func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
