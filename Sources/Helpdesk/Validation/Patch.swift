/// A change to a field that can be cleared: set it to a value, or clear it (`null` on the wire).
/// A field left out of an update is `nil` (`Patch?`), and stays as it is.
public enum Patch<Value: Hashable & Sendable>: Hashable, Sendable {
    case set(Value)
    case clear

    /// The new value: the set one, or `nil` when cleared.
    public var newValue: Value? {
        switch self {
        case .set(let value): value
        case .clear: nil
        }
    }
}
