import Workload

/// How the in-memory store behaves under concurrent use: readers side by side, and readers beside a writer.
struct ConcurrencyResult {
    /// Answers a second with one reading task.
    var oneReader: Double
    /// Answers a second with two reading tasks at once (both counted).
    var twoReaders: Double
    /// The readers' latencies while a writer ran.
    var readsDuringWrites: Latencies
    /// The writer's latencies over the same time.
    var writes: Latencies

    var speedUp: Double { oneReader > 0 ? twoReaders / oneReader : 0 }
}

/// Measures ``ConcurrencyResult`` on one side.
struct Concurrency {
    let side: any WorkloadSide
    let generator: WorkloadGenerator

    /// `perKind` drawn questions of Q1–Q8 each, the same list for every reader.
    private func questions(perKind: Int) -> [Question] {
        var draws = QuestionDraws(for: generator)
        return QuestionDraws.Kind.allCases.filter { $0 != .q9 }.flatMap { kind in
            (0..<perKind).map { _ in draws.next(kind) }
        }
    }

    func measure(updates: [TicketChange]) async throws -> ConcurrencyResult {
        let questions = questions(perKind: 200)
        let side = self.side
        let (_, one) = try await timed { try await Self.answer(questions, on: side) }
        let (_, two) = try await timed {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await Self.answer(questions, on: side) }
                group.addTask { try await Self.answer(questions.reversed(), on: side) }
                try await group.waitForAll()
            }
        }
        let (reads, writes) = try await withThrowingTaskGroup(of: (Bool, [Duration]).self) { group in
            group.addTask {
                var samples: [Duration] = []
                for change in updates {
                    let (_, duration) = try await timed { try await side.update(change) }
                    samples.append(duration)
                }
                return (true, samples)
            }
            group.addTask {
                var samples: [Duration] = []
                for question in questions.prefix(updates.count) {
                    let (_, duration) = try await timed { _ = try await side.answer(question) }
                    samples.append(duration)
                }
                return (false, samples)
            }
            var reads: [Duration] = []
            var writes: [Duration] = []
            for try await (isWriter, samples) in group {
                if isWriter { writes = samples } else { reads = samples }
            }
            return (reads, writes)
        }
        let count = Double(questions.count)
        return ConcurrencyResult(
            oneReader: count * 1e9 / Double(max(one.totalNanoseconds, 1)),
            twoReaders: 2 * count * 1e9 / Double(max(two.totalNanoseconds, 1)),
            readsDuringWrites: Latencies(reads), writes: Latencies(writes))
    }

    private static func answer(_ questions: [Question], on side: any WorkloadSide) async throws {
        for question in questions { _ = try await side.answer(question) }
    }
}
