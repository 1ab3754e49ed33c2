import Foundation
import Workload

/// An SVG of p50 latency against N, one panel per question, both sides on log–log axes.
struct Chart {
    let results: [SizeResult]

    private let panelWidth = 260.0
    private let panelHeight = 180.0
    private let margin = 40.0
    private let columns = 3

    var svg: String {
        let kinds = QuestionDraws.Kind.allCases
        let rows = (kinds.count + columns - 1) / columns
        let width = Double(columns) * panelWidth
        let height = Double(rows) * panelHeight + 30
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
                + "font-family=\"sans-serif\" font-size=\"11\">",
            "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
            legend(y: height - 12),
        ]
        let values = results.flatMap { $0.sides.prefix(2).flatMap { $0.reads.values.map(\.p50) } }.filter { $0 > 0 }
        let low = logarithm(values.min() ?? 1).rounded(.down)
        let high = max(logarithm(values.max() ?? 10).rounded(.up), low + 1)
        for (position, kind) in kinds.enumerated() {
            let x = Double(position % columns) * panelWidth
            let y = Double(position / columns) * panelHeight
            parts.append(panel(kind, x: x, y: y, low: low, high: high))
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }

    private func panel(_ kind: QuestionDraws.Kind, x: Double, y: Double, low: Double, high: Double) -> String {
        let left = x + margin
        let top = y + 20
        let plotWidth = panelWidth - margin - 15
        let plotHeight = panelHeight - 50
        let sizes = results.map { Double($0.size) }
        let minSize = logarithm(sizes.min() ?? 1)
        let maxSize = max(logarithm(sizes.max() ?? 10), minSize + 1)
        func px(_ size: Int) -> Double {
            left + (logarithm(Double(size)) - minSize) / (maxSize - minSize) * plotWidth
        }
        func py(_ micros: Double) -> Double {
            top + plotHeight - (logarithm(max(micros, 1e-3)) - low) / (high - low) * plotHeight
        }
        var parts = [
            "<text x=\"\(left)\" y=\"\(y + 14)\" font-weight=\"bold\">\(kind) \(kind.summary)</text>",
            "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(plotWidth)\" height=\"\(plotHeight)\" fill=\"none\" stroke=\"#999\"/>",
        ]
        for decade in stride(from: low, through: high, by: 1) {
            let labelY = decimal(py(pow10(decade)) + 4, 1)
            parts.append("<text x=\"\(x + 2)\" y=\"\(labelY)\">\(micro(pow10(decade)))</text>")
        }
        for result in results {
            parts.append(
                "<text x=\"\(decimal(px(result.size), 1))\" y=\"\(top + plotHeight + 14)\" text-anchor=\"middle\">"
                    + "N=\(grouped(result.size))</text>")
        }
        for (side, colour) in zip(0..<2, ["#1f77b4", "#d62728"]) {
            let points = results.compactMap { result -> (x: String, y: String)? in
                guard side < result.sides.count, let latencies = result.sides[side].reads[kind] else { return nil }
                return (decimal(px(result.size), 1), decimal(py(latencies.p50), 1))
            }
            let line = points.map { "\($0.x),\($0.y)" }.joined(separator: " ")
            parts.append("<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(line)\"/>")
            for point in points {
                parts.append("<circle cx=\"\(point.x)\" cy=\"\(point.y)\" r=\"3\" fill=\"\(colour)\"/>")
            }
        }
        return parts.joined(separator: "\n")
    }

    private func legend(y: Double) -> String {
        let names = results.first?.sides.prefix(2).map(\.name) ?? ["swift-helpdesk", "SQLite"]
        var parts: [String] = []
        for (offset, (name, colour)) in zip(names, ["#1f77b4", "#d62728"]).enumerated() {
            let x = 40.0 + Double(offset) * 220
            parts.append("<rect x=\"\(x)\" y=\"\(y - 9)\" width=\"12\" height=\"4\" fill=\"\(colour)\"/>")
            parts.append("<text x=\"\(x + 18)\" y=\"\(y - 4)\">\(name): p50 per operation</text>")
        }
        return parts.joined(separator: "\n")
    }
}

/// The base-10 logarithm, 0 for what has none.
private func logarithm(_ value: Double) -> Double { value > 0 ? log10(value) : 0 }
/// Ten to the `exponent`.
private func pow10(_ exponent: Double) -> Double { pow(10, exponent) }
