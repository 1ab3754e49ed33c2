import Workload

/// Checks, before anything is timed, that two sides give the same answers.
struct Agreement {
    let ours: any WorkloadSide
    let theirs: any WorkloadSide
    let generator: WorkloadGenerator

    /// Every question kind with `samples` drawn parameters, and whole Q9 walks; how many answers matched.
    func check(samples: Int) async throws -> Int {
        var draws = QuestionDraws(for: generator)
        var checked = 0
        for kind in QuestionDraws.Kind.allCases {
            for _ in 0..<samples {
                let question = draws.next(kind)
                if case .pendingPage(let start) = question {
                    checked += try await checkWalk(from: start)
                } else {
                    try await same(question)
                    checked += 1
                }
            }
        }
        return checked
    }

    /// A Q9 walk of 40 pages on both sides: the same pages, no row twice, each page past the one before.
    func checkWalk(from start: Question.Position) async throws -> Int {
        var position = start
        var seen = Set<String>()
        var pages = 0
        for _ in 0..<QuestionDraws.walkPages {
            let answer = try await same(.pendingPage(after: position))
            pages += 1
            for id in answer.ids where !seen.insert(id).inserted {
                throw BenchmarkError.disagreement("Q9 walk returned \(id) twice")
            }
            guard let next = answer.next else { break }
            position = next
        }
        return pages
    }

    @discardableResult
    func same(_ question: Question) async throws -> Answer {
        let a = try await ours.answer(question)
        let b = try await theirs.answer(question)
        guard a == b else {
            throw BenchmarkError.disagreement("\(question): \(ours.name) \(a) but \(theirs.name) \(b)")
        }
        return a
    }
}
