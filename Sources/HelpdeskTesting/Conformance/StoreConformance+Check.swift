public import Testing

extension StoreConformance {
    /// One group of checks (for example ``StoreConformance/cascades``), runnable on its own.
    ///
    /// A check is a list of scenarios; each runs on a fresh store.
    public struct Check: Sendable, CustomStringConvertible, CustomTestStringConvertible {
        /// What the check covers, for example `"cascades"`.
        public let name: String
        let scenarios: [Scenario]

        init(_ name: String, _ scenarios: [Scenario]) {
            self.name = name
            self.scenarios = scenarios
        }

        /// How many scenarios the check runs.
        public var scenarioCount: Int { scenarios.count }

        /// The check's name.
        public var description: String { name }

        /// The check's name, as Swift Testing shows a test argument.
        public var testDescription: String { name }

        /// Runs every scenario of the check, each on a fresh store from `makeStore`.
        ///
        /// - Throws: What `makeStore` throws. Failures of the store are recorded as issues.
        public func run(makeStore: StoreFactory, sourceLocation: SourceLocation = #_sourceLocation) async throws {
            for scenario in scenarios {
                let context = CheckContext(
                    store: try await makeStore(), label: "\(name) / \(scenario.name)", location: sourceLocation)
                do {
                    try await scenario.body(context)
                } catch {
                    Issue.record(error, context.comment("threw an unexpected error"), sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// One story of a check, run on its own fresh store.
    struct Scenario: Sendable {
        let name: String
        let body: @Sendable (CheckContext) async throws -> Void

        init(_ name: String, _ body: @escaping @Sendable (CheckContext) async throws -> Void) {
            self.name = name
            self.body = body
        }
    }
}
