import Foundation
import Workload

/// helpdesk-bench: the workload of `bench/WORKLOAD.md` on both sides, checked for agreement, then timed.
let options: Options
switch Options.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed):
    options = parsed
case .failure(let error):
    print(error.message)
    exit(error.isHelp ? 0 : 64)
}

var results: [SizeResult] = []
do {
    for size in options.sizes {
        log("N = \(grouped(size))")
        results.append(try await SizeRun(size: size, options: options).run())
    }
} catch {
    log("helpdesk-bench failed: \(error)")
    exit(1)
}

let report = Report(results: results, options: options).markdown
print(report)
do {
    if let path = options.reportPath { try report.write(toFile: path, atomically: true, encoding: .utf8) }
    if let path = options.chartPath {
        try Chart(results: results).svg.write(toFile: path, atomically: true, encoding: .utf8)
    }
} catch {
    log("could not write the report: \(error)")
    exit(1)
}
