public import Testing

/// The checks that every ``HelpdeskStore`` must pass, shipped as a library so
/// that each backend runs them from its own tests, as fluent-kit's drivers run
/// `FluentBenchmarker`.
///
/// Run them all in one test:
///
/// ```swift
/// @Test func conformance() async throws {
///     try await StoreConformance.run { try await makeFreshStore() }
/// }
/// ```
///
/// or one test per check, so that each shows up (and fails) on its own:
///
/// ```swift
/// @Test(arguments: StoreConformance.checks)
/// func conformance(_ check: StoreConformance.Check) async throws {
///     try await check.run { try await makeFreshStore() }
/// }
/// ```
///
/// Every scenario of every check runs on a fresh store from `makeStore` and
/// builds its records directly. Failures are reported with `#expect` at the
/// caller's line, each prefixed with the check and the scenario. A scenario
/// that throws is recorded as an issue and the others still run; an error
/// from `makeStore` itself is rethrown.
///
/// Refusals are compared with ``StorageError`` values, so a backend must use
/// the same names as ``InMemoryStore``: the kinds `ticket`, `conversation`,
/// `customer`, `user`, `tag`, `collection`, `article` and `api_key`; the
/// unique fields `email`, `name` and `digest`; the reference fields
/// `customer_id`, `assignee_id`, `tags`, `ticket_id`, `collection_id` and
/// `user_id`. The value of a `duplicate` and the message of `hasDependents`
/// are the backend's own. Every refused change set must leave the store
/// exactly as it was.
///
/// Beyond what ``HelpdeskStore`` spells out, the checks hold a backend to:
/// - times kept to the millisecond, and text and ids ordered by their UTF-8
///   bytes (SQL's binary collation, `COLLATE "C"`), as ``SortValue`` says;
/// - tag names matched exactly (they are lower-cased before they reach a store);
/// - a ticket that a tag rename or delete changes gets a new version, and
///   keeps the order of its other tags;
/// - cursors that survive their token (``Cursor/token``), as the handler sends
///   them back; a page with a `nextCursor` is never followed by an empty one.
public enum StoreConformance {
    /// Makes a new, empty store.
    public typealias StoreFactory = @Sendable () async throws -> any HelpdeskStore

    /// Every check, in the order ``run(makeStore:sourceLocation:)`` runs them.
    public static let checks: [Check] = [
        crud, uniqueValues, lookups, references, atomicity, cascades, liveCounts,
        ticketFilters, ticketSearch, ticketSorts, ticketCursorWalks, timestampCursors,
        customerQueries, conversationQueries, articleQueries, recordLists, outbox, webhooks,
    ]

    /// Runs every check, each scenario on a fresh store from `makeStore`.
    ///
    /// - Parameters:
    ///   - makeStore: Makes a new, empty store; called once per scenario.
    ///   - sourceLocation: Where failures are reported; the caller's line by default.
    /// - Throws: What `makeStore` throws. Failures of the store itself are recorded as issues.
    public static func run(
        makeStore: StoreFactory, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        for check in checks {
            try await check.run(makeStore: makeStore, sourceLocation: sourceLocation)
        }
    }
}
