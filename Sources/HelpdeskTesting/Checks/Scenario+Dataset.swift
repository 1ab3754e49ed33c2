extension StoreConformance.Scenario {
    /// A scenario on a store loaded with the standard ``Dataset``.
    static func onDataset(
        _ name: String, _ body: @escaping @Sendable (CheckContext, Dataset) async throws -> Void
    ) -> Self {
        Self(name) { context in
            let data = Dataset.standard
            try await data.load(into: context.store)
            try await body(context, data)
        }
    }
}
