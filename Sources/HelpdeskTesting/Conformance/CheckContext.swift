import Testing

/// What a scenario works with: its fresh store, and how to report a failure
/// (prefixed with the scenario's label, at the caller's source location).
struct CheckContext: Sendable {
    let store: any HelpdeskStore
    /// `check / scenario`, the prefix of every failure.
    let label: String
    let location: SourceLocation

    /// `text` prefixed with the scenario's label.
    func comment(_ text: String) -> Comment {
        Comment(rawValue: "\(label): \(text)")
    }

    /// Expects `condition` to hold.
    func expect(_ condition: Bool, _ what: String) {
        #expect(condition, comment(what), sourceLocation: location)
    }

    /// Expects `actual` to equal `expected`.
    func expectEqual<Value: Equatable>(_ actual: Value, _ expected: Value, _ what: String) {
        #expect(actual == expected, comment(what), sourceLocation: location)
    }

    /// Records a failure.
    func fail(_ what: String) {
        Issue.record(comment(what), sourceLocation: location)
    }

    /// Applies mutations the scenario builds on; if the store refuses them, the scenario stops.
    func apply(_ mutations: [Mutation]) async throws {
        try await store.apply(ChangeSet(mutations))
    }

    /// Applies mutations the scenario builds on; if the store refuses them, the scenario stops.
    func apply(_ mutations: Mutation...) async throws {
        try await apply(mutations)
    }

    /// Expects the store to refuse `mutations` with an error like `expected`, and to stay exactly as it was.
    func expectRefusal(_ mutations: [Mutation], _ expected: StorageError, _ what: String) async throws {
        let before = try await StoreSnapshot.take(of: store)
        do {
            try await store.apply(ChangeSet(mutations))
            fail("\(what): expected \(expected), but the store accepted the change set")
        } catch let error as StorageError {
            expect(error.conforms(to: expected), "\(what): expected \(expected), got \(error)")
        } catch {
            fail("\(what): expected \(expected), got \(error)")
        }
        let changes = try await StoreSnapshot.take(of: store).differences(from: before)
        expect(changes.isEmpty, "\(what): a refused change set changed \(changes.joined(separator: ", "))")
    }
}

extension StorageError {
    /// Whether the error is the one a check expects: the same case and names.
    /// The value of a duplicate and the message of `hasDependents` are the backend's own.
    func conforms(to expected: StorageError) -> Bool {
        switch (self, expected) {
        case (.duplicate(let kind, let field, _), .duplicate(let expectedKind, let expectedField, _)):
            kind == expectedKind && field == expectedField
        case (.hasDependents, .hasDependents):
            true
        default:
            self == expected
        }
    }
}

/// A store misbehaved in a way that stops the scenario (a list whose pages never end).
struct ConformanceFailure: Error, CustomStringConvertible {
    let description: String
}
