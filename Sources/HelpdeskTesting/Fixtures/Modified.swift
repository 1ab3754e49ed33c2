/// A copy of `value` with `change` applied: for query fields that have no refinement
/// (`assignment = .assigned`, a sort on a query without `sorted(by:)`).
func modified<Value>(_ value: Value, _ change: (inout Value) -> Void) -> Value {
    var copy = value
    change(&copy)
    return copy
}
