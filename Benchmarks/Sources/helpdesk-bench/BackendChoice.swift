import BackendSides

/// One store of `--backends`: `sqlite`, or `sqlite:100000` to run it only up to N = 100,000.
struct BackendChoice: Equatable {
    var backend: Backend
    var maxSize: Int?

    /// `memory,sqlite:100000,postgres:100000`, each backend once.
    static func parse(list: String) -> Result<[BackendChoice], OptionsError> {
        var choices: [BackendChoice] = []
        for item in list.split(separator: ",") {
            let parts = item.split(separator: ":", omittingEmptySubsequences: false)
            guard let backend = parts.first.flatMap({ Backend(rawValue: String($0)) }), parts.count <= 2 else {
                return .failure(.init("--backends takes memory, sqlite and postgres, each as NAME or NAME:MAX_N"))
            }
            var choice = BackendChoice(backend: backend)
            if parts.count == 2 {
                guard let size = Int(parts[1]), size >= 1_000 else {
                    return .failure(.init("--backends: \(item) needs a largest N of at least 1000"))
                }
                choice.maxSize = size
            }
            guard !choices.contains(where: { $0.backend == backend }) else {
                return .failure(.init("--backends names \(backend.rawValue) twice"))
            }
            choices.append(choice)
        }
        guard !choices.isEmpty else { return .failure(.init("--backends needs at least one store")) }
        return .success(choices.sorted { $0.backend < $1.backend })
    }
}
