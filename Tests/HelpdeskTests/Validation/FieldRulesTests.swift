import Testing

@testable import Helpdesk

@Suite struct FieldRulesTests {
    @Test func textLengthsCountUnicodeScalars() {
        #expect(FieldRules.text(repeated("a", 255), Limits.subject) == nil)
        #expect(FieldRules.text(repeated("a", 256), Limits.subject) == "must be at most 255 characters")
        #expect(FieldRules.text(repeated("😀", 255), Limits.subject) == nil)
        #expect(FieldRules.text(repeated("é", 255), Limits.subject) == nil)
        // One grapheme of two scalars counts twice.
        #expect(FieldRules.text(repeated("e\u{301}", 128), Limits.subject) != nil)
        #expect(FieldRules.text(repeated("👍🏽", 128), Limits.subject) != nil)
        #expect(FieldRules.text(repeated("👍🏽", 127) + "a", Limits.subject) == nil)
    }

    @Test func textRequiresAndRefusesNUL() {
        #expect(FieldRules.text("", Limits.subject) == "is required")
        #expect(FieldRules.text("", Limits.description) == nil)
        #expect(FieldRules.text("a\u{0}b", Limits.description) == "must not contain NUL characters")
        #expect(FieldRules.text("ab", 3...5) == "must be at least 3 characters")
        // Found wherever it is in a long text, and in text that is not ASCII.
        #expect(
            FieldRules.text(repeated("word ", 400) + "\u{0}", Limits.description) == "must not contain NUL characters")
        #expect(FieldRules.text("déjà\u{0}vu", Limits.description) == "must not contain NUL characters")
    }

    @Test func tagNamesRefuseAnyComma() {
        #expect(FieldRules.tagName("a,b") == "must not contain commas")
        // A comma that begins a grapheme with a combining mark is still a comma to `tags=a,b`.
        #expect(FieldRules.tagName("a,\u{301}b") == "must not contain commas")
        #expect(FieldRules.tagName("déjà-vu") == nil)
    }

    @Test(arguments: ["new\nline", "tab\there", "a\u{7F}", "\u{1B}[31m", "bell\u{7}"])
    func tagNamesRefuseControlCharacters(name: String) {
        #expect(FieldRules.tagName(name) == "must not contain control characters")
    }

    @Test(arguments: [
        "\u{200B}vip", "v\u{200E}ip", "vip\u{FEFF}", "\u{202E}piv", "a\u{2028}b", "a\u{85}b", "soft\u{AD}",
        "vip\u{3164}",
    ])
    func tagNamesRefuseInvisibleCharacters(name: String) {
        #expect(FieldRules.tagName(name.normalizedTagName)?.hasPrefix("must not contain") == true)
    }

    @Test(arguments: ["👨\u{200D}👩\u{200D}👧", "می\u{200C}خواهم", "café", "ß", "日本語"])
    func tagNamesKeepJoinersAndLetters(name: String) {
        #expect(FieldRules.tagName(name.normalizedTagName) == nil)
    }

    /// The OpenAPI pattern and the rule agree on every scalar of the Basic Multilingual Plane,
    /// inside a name and at its ends.
    @Test func tagNamePatternAgreesWithTheRule() throws {
        let pattern = try Regex(RequestText.tagNamePattern)
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for name in ["a\(scalar)b", "a\(scalar)", "\(scalar)"] {
                let ruleAccepts = FieldRules.tagName(name.normalizedTagName) == nil
                let patternAccepts = (try? pattern.wholeMatch(in: name)) != nil
                #expect(ruleAccepts == patternAccepts, "U+\(String(value, radix: 16)) in \(name.debugDescription)")
            }
        }
    }

    @Test func whiteSpaceClassIsUnicodeWhiteSpace() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let listed = InvisibleScalars.whiteSpace.contains { $0.contains(value) }
            #expect(listed == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    static let emails = [
        "user@example.com", "USER@Example.COM", "first.last+tag@sub.example.co.uk", "a@b.c", "o'brien@example.ie",
        "x_y-z!#$%&*/=?^`{|}~@example.com", "1@2.3", repeated("a", 64) + "@example.com",
        repeated("a", 65) + "@example.com",
        repeated("a", 64) + "@" + repeated(repeated("b", 61) + ".", 3) + "ccc",
    ]

    @Test(arguments: emails)
    func acceptsPlausibleEmails(email: String) {
        #expect(FieldRules.email(email) == nil)
    }

    static let badEmails = [
        "", "plain", "@example.com", "user@", "user@example", "user@@example.com", "a@b@example.com",
        ".user@example.com", "user.@example.com", "us..er@example.com", "user@example..com", "user@.example.com",
        "user@example.com.", "user@-example.com", "user@example-.com", "user@exa_mple.com", "us er@example.com",
        "\"quoted\"@example.com", "user@exam ple.com", "usér@example.com", "user@exämple.com", "user@example.com\u{0}",
        "user@" + repeated("b", 64) + ".com",
        repeated("a", 64) + "@" + repeated(repeated("b", 61) + ".", 3) + "cccc",
    ]

    @Test(arguments: badEmails)
    func refusesImplausibleEmails(email: String) {
        #expect(FieldRules.email(email) != nil)
    }

    @Test func emailLimitIs254() {
        let longest = repeated("a", 64) + "@" + repeated(repeated("b", 61) + ".", 3) + "ccc"
        #expect(longest.count == 254)
        #expect(FieldRules.email(longest) == nil)
        #expect(FieldRules.email(longest + "c") == "must be at most 254 characters")
    }

    @Test(arguments: ["+1-555-0123", "(555) 123.4567", "5", "+44 20 7946 0958", repeated("1", 50)])
    func acceptsPhones(phone: String) {
        #expect(FieldRules.phone(phone) == nil)
    }

    @Test(arguments: [
        "", "+-", "()", "555-CALL", "555_0123", "555/0123", "５５５", "555#1", "555\u{0}", repeated("1", 51),
    ])
    func refusesPhones(phone: String) {
        #expect(FieldRules.phone(phone) != nil)
    }

    @Test(arguments: ["billing", "a", repeated("x", 50), "two words", "vip-ünicode", repeated("😀", 50)])
    func acceptsTagNames(name: String) {
        #expect(FieldRules.tagName(name) == nil)
    }

    @Test(arguments: ["", "a,b", ",", repeated("x", 51), "nul\u{0}"])
    func refusesTagNames(name: String) {
        #expect(FieldRules.tagName(name) != nil)
    }

    @Test(arguments: ["#ff0000", "#000000", "#a1b2c3", "#ABCDEF"])
    func acceptsColours(color: String) {
        #expect(FieldRules.color(color) == nil)
    }

    @Test(arguments: ["", "ff0000", "#fff", "#ff00000", "#gg0000", "red", "#ff 000", "##ff000", "#ff000Z", "＃ff0000"])
    func refusesColours(color: String) {
        #expect(FieldRules.color(color) == "must be a colour like #ff0000")
    }

    @Test func acceptsCustomFieldsWithinTheLimits() {
        var fields: [String: JSONValue] = [repeated("k", 64): .string(repeated("v", 1_024))]
        for index in 0..<49 { fields["key_\(index)"] = [.null, .bool(true), .number(-1.5), .string("")][index % 4] }
        #expect(fields.count == 50)
        #expect(FieldRules.customFields(fields) == [:])
    }

    @Test func refusesTooManyCustomFields() {
        let fields = Dictionary(uniqueKeysWithValues: (0..<51).map { ("k\($0)", JSONValue.null) })
        #expect(FieldRules.customFields(fields) == ["custom_fields": "may hold at most 50 keys"])
    }

    static let badCustomFields: [(String, JSONValue, String)] = [
        ("", .null, "custom_fields."),
        (repeated("k", 65), .null, "custom_fields." + repeated("k", 65)),
        ("Plan", .null, "custom_fields.Plan"),
        ("plan-name", .null, "custom_fields.plan-name"),
        ("plan name", .null, "custom_fields.plan name"),
        ("plän", .null, "custom_fields.plän"),
        ("nested", .object(["a": .null]), "custom_fields.nested"),
        ("list", .array([.string("a")]), "custom_fields.list"),
        ("long", .string(repeated("v", 1_025)), "custom_fields.long"),
        ("nul", .string("a\u{0}"), "custom_fields.nul"),
        ("big", .number(9_007_199_254_740_992), "custom_fields.big"),
        ("small", .number(-1e300), "custom_fields.small"),
    ]

    @Test func numbersThatADoubleKeepsExactlyAreAccepted() {
        let fields: [String: JSONValue] = [
            "max": .number(9_007_199_254_740_991), "min": .number(-9_007_199_254_740_991), "tiny": .number(1e-300),
        ]
        #expect(FieldRules.customFields(fields) == [:])
    }

    @Test(arguments: badCustomFields)
    func refusesBadCustomFieldKeysAndValues(key: String, value: JSONValue, field: String) {
        let reasons = FieldRules.customFields([key: value, "fine": .string("ok")])
        #expect(Array(reasons.keys) == [field])
    }
}
