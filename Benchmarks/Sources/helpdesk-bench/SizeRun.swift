import BackendSides
import Foundation
import Helpdesk
import Workload

/// One size of the workload: load every side, check they agree with raw SQLite, time the questions, the request
/// path and the writes.
struct SizeRun {
    let size: Int
    let options: Options

    func run() async throws -> SizeResult {
        var generator = WorkloadGenerator(size: size)
        let tickets = generator.next(size)
        let writes = Writes(
            created: generator.next(options.writes), updates: WriteDraws.updates(count: options.writes, size: size),
            deletions: WriteDraws.deletions(count: max(options.writes / 10, 1), size: size))

        let ours = options.runs(.memory, at: size) ? HelpdeskSide() : nil
        var entries: [BackendResult] = []
        var sides: [any WorkloadSide] = []
        if let ours {
            entries.append(BackendResult(backend: .memory, result: try await load(ours, tickets, generator)))
            sides.append(ours)
        }
        let sqlite = SQLiteSide()
        let sqliteResult = try await load(sqlite, tickets, generator)
        var opened: [BackendSide] = []
        do {
            for choice in options.sqlBackends where options.runs(choice.backend, at: size) {
                let side = try await BackendSide.open(choice.backend)
                opened.append(side)
                entries.append(BackendResult(backend: choice.backend, result: try await load(side, tickets, generator)))
                sides.append(side)
            }
            let run = Measured(sides: sides, entries: entries, sqlite: sqlite, sqliteResult: sqliteResult)
            var result = try await measure(run, ours: ours, generator, writes)
            if ours != nil, options.walFile { result.sides.append(try await walWrites(tickets, generator, writes)) }
            for side in opened { await side.close() }
            return result
        } catch {
            for side in opened { await side.close() }
            throw error
        }
    }

    /// The loaded sides of a size: the library's on each store (`sides` and their `entries`), and raw SQLite.
    private struct Measured {
        var sides: [any WorkloadSide]
        var entries: [BackendResult]
        var sqlite: SQLiteSide
        var sqliteResult: SideResult
    }

    /// Agreement, reads and writes on every side and raw SQLite; the request path and concurrency on `ours`.
    private func measure(
        _ run: Measured, ours: HelpdeskSide?, _ generator: WorkloadGenerator, _ writes: Writes
    ) async throws -> SizeResult {
        var run = run
        var result = SizeResult(size: size)
        for (index, side) in run.sides.enumerated() {
            let agreement = Agreement(ours: side, theirs: run.sqlite, generator: generator)
            run.entries[index].agreedBefore = try await agreement.check(samples: 20)
            log("  \(side.name) agreed with \(run.sqlite.name) on \(run.entries[index].agreedBefore) answers")
        }
        for kind in QuestionDraws.Kind.allCases {
            for (index, side) in run.sides.enumerated() {
                run.entries[index].result.reads[kind] = try await timeReads(kind, on: side, generator)
            }
            run.sqliteResult.reads[kind] = try await timeReads(kind, on: run.sqlite, generator)
            let cells = run.entries.map(\.result) + [run.sqliteResult]
            log("  \(kind): " + cells.map { format($0.reads[kind]) }.joined(separator: " vs "))
        }
        if let ours { result.requestPath = try await timeRequestPath(ours) }

        for (index, side) in run.sides.enumerated() {
            run.entries[index].result.writes = try await timeWrites(on: side, writes)
        }
        run.sqliteResult.writes = try await timeWrites(on: run.sqlite, writes)
        for (index, side) in run.sides.enumerated() {
            let agreement = Agreement(ours: side, theirs: run.sqlite, generator: generator)
            run.entries[index].agreedAfterWrites = try await agreement.check(samples: 5)
            log("  \(side.name) agreed on \(run.entries[index].agreedAfterWrites) answers after the writes")
        }
        if let ours, let memory = run.entries.first {
            result.concurrency = try await concurrency(ours, generator, writes)
            result.sides = [memory.result, run.sqliteResult]
            result.agreedBefore = memory.agreedBefore
            result.agreedAfterWrites = memory.agreedAfterWrites
        }
        result.rawSQLite = run.sqliteResult
        result.backends = run.entries
        return result
    }

    private func concurrency(
        _ ours: HelpdeskSide, _ generator: WorkloadGenerator, _ writes: Writes
    ) async throws -> ConcurrencyResult {
        let deleted = Set(writes.deletions)
        let concurrency = try await Concurrency(side: ours, generator: generator)
            .measure(updates: writes.updates.filter { !deleted.contains($0.index) })
        log(
            "  readers: one \(Int(concurrency.oneReader))/s, two \(Int(concurrency.twoReaders))/s; "
                + "beside a writer: reads \(format(concurrency.readsDuringWrites)), writes \(format(concurrency.writes))"
        )
        return concurrency
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

    private func timeWrites(on side: some WorkloadSide, _ workload: Writes) async throws -> [WriteKind: Latencies] {
        var writes: [WriteKind: Latencies] = [:]
        writes[.w1] = Latencies(try await each(workload.created) { try await side.create($0) })
        writes[.w2] = Latencies(try await each(workload.updates) { try await side.update($0) })
        writes[.w3] = Latencies(try await each(workload.deletions) { try await side.delete(index: $0) })
        for kind in WriteKind.allCases {
            log("  \(side.name) \(kind.rawValue): \(Int(writes[kind]?.perSecond ?? 0)) ops/s")
        }
        return writes
    }

    private func walWrites(
        _ tickets: [WorkloadTicket], _ generator: WorkloadGenerator, _ writes: Writes
    ) async throws -> SideResult {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-bench-\(size).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let wal = SQLiteSide(path: path)
        var result = try await load(wal, tickets, generator)
        result.writes = try await timeWrites(on: wal, writes)
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
