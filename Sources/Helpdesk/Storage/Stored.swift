/// A record with the version its store holds it at.
///
/// Every write of a record raises its version by one; a change that names
/// the version it was computed from fails with ``StorageError/versionMismatch``
/// if the record moved on in between (optimistic concurrency).
public struct Stored<Value> {
    public var value: Value
    public var version: Int

    public init(_ value: Value, version: Int) {
        self.value = value
        self.version = version
    }
}

extension Stored: Sendable where Value: Sendable {}
extension Stored: Equatable where Value: Equatable {}
extension Stored: Hashable where Value: Hashable {}
