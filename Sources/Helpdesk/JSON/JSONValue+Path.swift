extension JSONValue {
    /// The value at a path of object keys, with array indexes as decimal strings
    /// (`["data", "0", "id"]`); `nil` where the path leads nowhere.
    public func value(at path: [String]) -> JSONValue? {
        var current: JSONValue? = self
        for key in path {
            switch current {
            case .object(let members)?: current = members[key]
            case .array(let elements)?:
                guard let index = Int(key), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default: return nil
            }
        }
        return current
    }
}
