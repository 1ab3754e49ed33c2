import Foundation
import Workload

/// The Markdown tables of a run.
struct Report {
    let results: [SizeResult]
    let options: Options

    var markdown: String {
        var lines: [String] = []
        for result in results {
            lines += section(result)
            if !options.sqlBackends.isEmpty { lines += backendsSection(result) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ result: SizeResult) -> [String] {
        guard let ours = result.sides.first, result.sides.count > 1 else { return [] }
        let sqlite = result.sides[1]
        var lines = ["### N = \(grouped(result.size))", ""]
        lines.append(
            "Both sides agreed on \(result.agreedBefore) answers before timing and on "
                + "\(result.agreedAfterWrites) after the writes (ids, order and `total`).")
        lines.append("")
        lines.append("| | \(ours.name) | \(sqlite.name) | ratio |")
        lines.append("|---|---:|---:|---:|")
        lines.append(
            "| load | \(decimal(ours.loadSeconds, 2)) s | \(decimal(sqlite.loadSeconds, 2)) s | "
                + "\(ratio(sqlite.loadSeconds, ours.loadSeconds)) faster |")
        lines.append(
            "| resident memory of the loaded store | \(ours.residentBytes >> 20) MiB | "
                + "\(sqlite.residentBytes >> 20) MiB | \(ratio(Double(ours.residentBytes), Double(sqlite.residentBytes))) of SQLite's |"
        )
        lines.append("")
        lines.append("| question | \(ours.name) p50 | p99 | \(sqlite.name) p50 | p99 | p50 speed-up |")
        lines.append("|---|---:|---:|---:|---:|---:|")
        for kind in QuestionDraws.Kind.allCases {
            guard let a = ours.reads[kind], let b = sqlite.reads[kind] else { continue }
            lines.append(
                "| \(kind) \(kind.summary) | \(micro(a.p50)) | \(micro(a.p99)) | \(micro(b.p50)) | \(micro(b.p99)) | "
                    + "\(ratio(b.p50, a.p50)) |")
        }
        if let path = result.requestPath {
            lines.append(
                "| `GET /api/v1/tickets?status=open&limit=25` through the handler | \(micro(path.p50)) | "
                    + "\(micro(path.p99)) | | | |")
        }
        lines.append("")
        if let concurrency = result.concurrency {
            lines.append(
                "Readers in parallel (\(ours.name), Q1–Q8 mixed): one task \(grouped(Int(concurrency.oneReader))) "
                    + "answers/s, two tasks at once \(grouped(Int(concurrency.twoReaders))) answers/s "
                    + "(\(decimal(concurrency.speedUp, 2))×). Beside a task writing W2 updates: reads p50 "
                    + "\(micro(concurrency.readsDuringWrites.p50)), p99 \(micro(concurrency.readsDuringWrites.p99)), "
                    + "longest \(micro(concurrency.readsDuringWrites.percentile(1) / 1000)); writes p50 "
                    + "\(micro(concurrency.writes.p50)), longest \(micro(concurrency.writes.percentile(1) / 1000)).")
            lines.append("")
        }
        let writers = result.sides
        lines.append(
            "| write | " + writers.map { "\($0.name) ops/s (p50, p99)" }.joined(separator: " | ")
                + " | vs \(sqlite.name) |")
        lines.append("|---|" + writers.map { _ in "---:|" }.joined() + "---:|")
        for kind in WriteKind.allCases {
            let cells = writers.map { side -> String in
                guard let w = side.writes[kind] else { return "-" }
                return "\(grouped(Int(w.perSecond))) (\(micro(w.p50)), \(micro(w.p99)))"
            }
            let speedUp = ratio(ours.writes[kind]?.perSecond ?? 0, sqlite.writes[kind]?.perSecond ?? 0)
            lines.append("| \(kind.rawValue) \(kind.summary) | " + cells.joined(separator: " | ") + " | \(speedUp) |")
        }
        lines.append("")
        return lines
    }
}

/// Microseconds with a unit, three significant figures or so.
func micro(_ value: Double) -> String {
    value >= 1000 ? "\(decimal(value / 1000, 2)) ms" : "\(decimal(value, value >= 100 ? 0 : 1)) µs"
}

func decimal(_ value: Double, _ places: Int) -> String { String(format: "%.\(places)f", value) }

/// `a / b` as `12.3×`.
func ratio(_ a: Double, _ b: Double) -> String {
    guard b > 0 else { return "-" }
    let value = a / b
    return value >= 10 ? "\(decimal(value, 0))×" : "\(decimal(value, 1))×"
}

/// `1,000,000`.
func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var text = ""
    for (offset, digit) in digits.enumerated() {
        if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
        text.append(digit)
    }
    return text
}
