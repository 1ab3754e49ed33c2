import BackendSides
import Workload

extension Report {
    /// The "Backends" table of one size: raw SQLite's p50, and each store's p50 and ratio to it.
    func backendsSection(_ result: SizeResult) -> [String] {
        guard let sqlite = result.rawSQLite else { return [] }
        let ran = result.backends
        var lines = ["#### Backends, N = \(grouped(result.size))", ""]
        if !ran.isEmpty {
            let agreed = ran.map {
                "\($0.result.name) \($0.agreedBefore) before timing and \($0.agreedAfterWrites) after the writes"
            }
            lines.append(
                "Each store agreed with \(sqlite.name) on every answer checked (ids, order and `total`): "
                    + agreed.joined(separator: "; ") + ".")
        }
        let skipped = options.backends.filter { choice in !ran.contains { $0.backend == choice.backend } }
        if !skipped.isEmpty {
            let names = skipped.map { "\($0.backend.columnName) (up to N = \(grouped($0.maxSize ?? 0)))" }
            lines.append("Not run at this N: " + names.joined(separator: ", ") + ".")
        }
        lines.append(
            "Load in seconds, then p50 per question and per write; × SQLite is the store's figure over "
                + "\(sqlite.name)'s (above 1× is slower).")
        lines.append("")
        let columns = options.backends.map { choice in ran.first { $0.backend == choice.backend }?.result }
        let names = options.backends.map(\.backend.columnName)
        lines.append("| | \(sqlite.name) p50 | " + names.map { "\($0) p50 | × SQLite" }.joined(separator: " | ") + " |")
        lines.append("|---|---:|" + names.map { _ in "---:|---:|" }.joined())
        lines.append(
            row("load", decimal(sqlite.loadSeconds, 2) + " s", sqlite.loadSeconds, columns) { side in
                side.map { ($0.loadSeconds, decimal($0.loadSeconds, 2) + " s") }
            })
        for kind in QuestionDraws.Kind.allCases {
            guard let reference = sqlite.reads[kind] else { continue }
            lines.append(
                row("\(kind) \(kind.summary)", micro(reference.p50), reference.p50, columns) { side in
                    side?.reads[kind].map { ($0.p50, micro($0.p50)) }
                })
        }
        for kind in WriteKind.allCases {
            guard let reference = sqlite.writes[kind] else { continue }
            lines.append(
                row("\(kind.rawValue) \(kind.summary)", micro(reference.p50), reference.p50, columns) { side in
                    side?.writes[kind].map { ($0.p50, micro($0.p50)) }
                })
        }
        lines.append("")
        return lines
    }

    /// One row: the label, raw SQLite's cell, then each store's value and its ratio to `reference` (`-` if not run).
    private func row(
        _ label: String, _ referenceCell: String, _ reference: Double, _ columns: [SideResult?],
        _ value: (SideResult?) -> (Double, String)?
    ) -> String {
        let cells = columns.map { side -> String in
            guard let (number, text) = value(side) else { return "- | -" }
            return "\(text) | \(times(number, reference))"
        }
        return "| \(label) | \(referenceCell) | " + cells.joined(separator: " | ") + " |"
    }
}

/// `a / b` as `123×`, `4.5×`, `0.67×` or `0.012×`: two significant figures below 10.
func times(_ a: Double, _ b: Double) -> String {
    guard b > 0 else { return "-" }
    let value = a / b
    switch value {
    case 10...: return "\(decimal(value, 0))×"
    case 1..<10: return "\(decimal(value, 1))×"
    case 0.1..<1: return "\(decimal(value, 2))×"
    default: return "\(decimal(value, 3))×"
    }
}
