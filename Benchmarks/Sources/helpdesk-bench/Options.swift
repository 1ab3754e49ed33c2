import BackendSides

/// The runner's command line.
struct Options {
    /// The store sizes N to run, in order.
    var sizes = [10_000, 100_000, 1_000_000]
    /// Timed runs per question (Q9: pages), each with fresh parameters.
    var runs = 1_000
    /// W1's creates and W2's updates (W3 deletes a tenth as many).
    var writes = 10_000
    /// Where to write the Markdown report, if anywhere.
    var reportPath: String?
    /// Where to write the SVG chart of p50 against N, if anywhere.
    var chartPath: String?
    /// Whether to also run the writes on SQLite in a WAL file.
    var walFile = true
    /// The library's stores to run beside raw SQLite, each up to its largest N (`nil`: every size).
    var backends = [BackendChoice(backend: .memory)]

    static let usage = """
        helpdesk-bench: bench/WORKLOAD.md on swift-helpdesk's in-memory store and on SQLite, side by side.

        Options:
          --sizes 10000,100000,1000000   store sizes N
          --runs 1000                    timed runs per question (Q9: pages)
          --writes 10000                 W1 creates and W2 updates (W3 deletes a tenth)
          --report PATH                  write the Markdown tables to PATH
          --chart PATH                   write an SVG chart of p50 against N to PATH
          --no-wal                       skip SQLite on a WAL file for the writes
          --backends memory,sqlite:100000,postgres:100000
                                         the library's stores to run beside raw SQLite, each
                                         optionally only up to N (default: memory); postgres
                                         needs HELPDESK_POSTGRES_URL
        """

    /// Reads `arguments` (without the program name); `nil` and a message on a bad one.
    static func parse(_ arguments: [String]) -> Result<Options, OptionsError> {
        var options = Options()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--sizes":
                guard let value = rest.popFirst() else { return .failure(.init("--sizes needs a value")) }
                let sizes = value.split(separator: ",").compactMap { Int($0) }
                guard !sizes.isEmpty, sizes.allSatisfy({ $0 >= 1_000 }) else {
                    return .failure(.init("--sizes takes numbers of at least 1000, comma-separated"))
                }
                options.sizes = sizes
            case "--runs", "--writes":
                guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 else {
                    return .failure(.init("\(argument) needs a positive number"))
                }
                if argument == "--runs" { options.runs = value } else { options.writes = value }
            case "--report", "--chart":
                guard let value = rest.popFirst() else { return .failure(.init("\(argument) needs a path")) }
                if argument == "--report" { options.reportPath = value } else { options.chartPath = value }
            case "--backends":
                guard let value = rest.popFirst() else { return .failure(.init("--backends needs a value")) }
                switch BackendChoice.parse(list: value) {
                case .success(let choices): options.backends = choices
                case .failure(let error): return .failure(error)
                }
            case "--no-wal":
                options.walFile = false
            case "--help", "-h":
                return .failure(.init(usage, isHelp: true))
            default:
                return .failure(.init("unknown option \(argument)\n\n\(usage)"))
            }
        }
        return .success(options)
    }

    /// Whether `backend` runs at `size`.
    func runs(_ backend: Backend, at size: Int) -> Bool {
        backends.contains { $0.backend == backend && $0.maxSize.map { size <= $0 } ?? true }
    }

    /// The SQL backends chosen (not the in-memory store), in the report's order.
    var sqlBackends: [BackendChoice] { backends.filter { $0.backend != .memory } }
}

/// A command line the runner cannot use, or a request for help.
struct OptionsError: Error {
    var message: String
    var isHelp = false

    init(_ message: String, isHelp: Bool = false) {
        self.message = message
        self.isHelp = isHelp
    }
}
