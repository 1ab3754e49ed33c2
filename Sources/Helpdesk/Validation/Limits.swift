/// The lengths and counts SPEC §6 allows. Lengths count Unicode scalars, as SQL's `length()` does.
public enum Limits {
    public static let subject = 1...255
    public static let description = 0...65_535
    public static let summary = 0...1_000
    public static let content = 1...65_535
    public static let name = 0...255
    public static let requiredName = 1...255
    public static let email = 1...254
    public static let phone = 1...50
    public static let tagName = 1...50
    public static let articleBody = 0...500_000
    public static let customFieldCount = 50
    /// The largest magnitude of a number in `custom_fields`: 2^53 − 1, the largest integer up to
    /// which a JSON number read as a double is every integer exactly.
    public static let exactInteger: Double = 9_007_199_254_740_991
    /// The most tags a ticket holds (as sent, repeats included).
    public static let ticketTags = 50
    public static let customFieldKey = 1...64
    public static let customFieldString = 0...1_024
}
