/// How the generic checks handle one kind of record: samples, the mutations
/// that write it, and the read that finds it again.
struct RecordKind<Record: Equatable & Sendable>: Sendable {
    /// A record as read back, with its version (`nil` for kinds without versions).
    struct ReadBack: Equatable {
        var record: Record
        var version: Int?
    }

    /// The kind's name in ``StorageError``s, for example `"ticket"`.
    let name: String
    /// Records the samples refer to, inserted first.
    let dependencies: [Mutation]
    /// The `n`-th sample; samples differ in their id and unique values.
    let sample: @Sendable (Int) -> Record
    /// The record with every field it has changed but its id, unique values included.
    let changed: @Sendable (Record) -> Record
    let id: @Sendable (Record) -> String
    let insert: @Sendable (Record) -> Mutation
    /// `nil` for kinds that are never updated (they have no versions).
    let update: (@Sendable (Record, Int) -> Mutation)?
    /// `nil` for kinds that are never deleted on their own.
    let delete: (@Sendable (Record, Int?) -> Mutation)?
    let read: @Sendable (any HelpdeskStore, Record) async throws -> ReadBack?

    /// Whether the store keeps versions of this kind.
    var isVersioned: Bool { update != nil }
}
