import Testing

@testable import Helpdesk

/// The rules every input shares, checked on every input type.
@Suite struct CommonInputRulesTests {
    @Test(arguments: InputKind.allCases)
    func minimalBodyIsAccepted(kind: InputKind) throws {
        _ = try accepted(kind.read, kind.body())
    }

    static let notObjects: [JSONValue] = [
        .null, .bool(true), .number(1), .string("{}"), .array([]), .array([.object([:])]),
    ]

    @Test(arguments: InputKind.allCases, notObjects)
    func bodyMustBeAnObject(kind: InputKind, body: JSONValue) {
        #expect(refusedFields(kind.read, body) == ["body": "must be a JSON object"])
    }

    @Test(arguments: InputKind.allCases)
    func unknownFieldsAreNamed(kind: InputKind) {
        let fields = refusedFields(kind.read, kind.body(["bogus": .number(1), "Subject": .string("x")]))
        #expect(fields == ["bogus": "is not a known field", "Subject": "is not a known field"])
    }

    @Test func longUnknownFieldNamesAreCut() {
        let fields = refusedFields(InputKind.tagCreate.read, InputKind.tagCreate.body([repeated("k", 500): .null]))
        #expect(fields == [repeated("k", 100): "is not a known field"])
    }

    @Test(arguments: InputKind.allCases)
    func textRefusesNULCharacters(kind: InputKind) {
        let value = kind == .userCreate ? "a\u{0}b@example.com" : "a\u{0}b"
        let fields = refusedFields(kind.read, kind.body([kind.textField: .string(value)]))
        #expect(fields.keys.contains(kind.textField), "\(fields)")
    }

    @Test(arguments: InputKind.allCases, [JSONValue.number(42), .bool(false), .array([.string("a")]), .object([:])])
    func textRefusesOtherJSONTypes(kind: InputKind, value: JSONValue) {
        let fields = refusedFields(kind.read, kind.body([kind.textField: value]))
        #expect(fields == [kind.textField: "must be a string, not \(value.typeDescription)"])
    }

    static let notNullable: [(InputKind, String)] = [
        (.ticketCreate, "tags"), (.ticketCreate, "custom_fields"), (.ticketUpdate, "tags"),
        (.ticketUpdate, "custom_fields"), (.customerCreate, "custom_fields"), (.customerUpdate, "custom_fields"),
        (.conversationCreate, "internal"), (.userCreate, "active"), (.userUpdate, "active"), (.ticketUpdate, "status"),
        (.ticketCreate, "subject"), (.conversationCreate, "content"), (.articleUpdate, "status"), (.tagUpdate, "color"),
    ]

    @Test(arguments: notNullable)
    func nullIsRefusedWhereAFieldCannotBeCleared(kind: InputKind, field: String) {
        #expect(refusedFields(kind.read, kind.body([field: .null])) == [field: "cannot be null"])
    }

    static let customFieldKinds: [InputKind] = [.ticketCreate, .ticketUpdate, .customerCreate, .customerUpdate]

    static let badCustomFields: [([String: JSONValue], refused: String)] = [
        (Dictionary(uniqueKeysWithValues: (0..<51).map { ("k\($0)", JSONValue.bool(true)) }), "custom_fields"),
        ([repeated("k", 65): .null], "custom_fields." + repeated("k", 65)),
        (["Plan": .null], "custom_fields.Plan"),
        (["plan.tier": .null], "custom_fields.plan.tier"),
        (["nested": .object(["a": .number(1)])], "custom_fields.nested"),
        (["list": .array([])], "custom_fields.list"),
        (["long": .string(repeated("v", 1_025))], "custom_fields.long"),
    ]

    @Test(arguments: customFieldKinds, badCustomFields)
    func customFieldsAreLimited(kind: InputKind, example: ([String: JSONValue], refused: String)) {
        #expect(
            Array(refusedFields(kind.read, kind.body(["custom_fields": .object(example.0)])).keys) == [example.refused])
    }

    @Test(arguments: customFieldKinds)
    func customFieldsAtTheLimitsAreAccepted(kind: InputKind) throws {
        var fields = Dictionary(uniqueKeysWithValues: (0..<49).map { ("k_\($0)", JSONValue.number(Double($0))) })
        fields[repeated("z", 64)] = .string(repeated("v", 1_024))
        _ = try accepted(kind.read, kind.body(["custom_fields": .object(fields)]))
    }

    @Test func nullClearsWhatCanBeCleared() throws {
        #expect(
            try TicketUpdate(json: json(#"{"summary": null, "assignee_id": null}"#))
                == TicketUpdate(summary: .clear, assignee: .clear))
        #expect(
            try CustomerUpdate(json: json(#"{"name": null, "phone": null, "company": null}"#))
                == CustomerUpdate(name: .clear, phone: .clear, company: .clear))
        #expect(try CollectionUpdate(json: json(#"{"description": null}"#)) == CollectionUpdate(description: .clear))
        #expect(try ArticleUpdate(json: json(#"{"collection_id": null}"#)) == ArticleUpdate(collection: .clear))
        #expect(Patch<String>.clear.newValue == nil)
        #expect(Patch.set("x").newValue == "x")
    }

    @Test func typeErrorsUnknownFieldsAndRuleViolationsAreReportedTogether() throws {
        let error = #expect(throws: HelpdeskError.self) {
            try TicketCreate(
                json: json(
                    """
                    {"subject": " ", "customer_email": "not-an-email", "priority": "asap", "tags": ["ok", "a,b"],
                     "summary": 7, "custom_fields": {"Bad Key": 1}, "extra": true}
                    """))
        }
        #expect(error?.code == .badRequest)
        #expect(
            Set(error?.fields.keys ?? [:].keys) == [
                "subject", "customer_email", "priority", "tags[1]", "summary", "custom_fields.Bad Key", "extra",
            ])
        #expect(error?.fields["summary"] == "must be a string, not a number")
        #expect(error?.fields["subject"] == "is required")
        #expect(error?.message.contains("customer_email") == true)
    }

    @Test func everyRuleViolationOfAnInputIsReported() throws {
        let fields = refusedFields(
            CustomerCreate.init(json:),
            try json(
                """
                {"email": "a@", "name": "\(repeated("n", 256))", "phone": "x", "company": "\(repeated("c", 256))"}
                """))
        #expect(Set(fields.keys) == ["email", "name", "phone", "company"])
    }
}

/// Limits apply to a string as sent: trimming does not bring an over-long value under them.
@Suite struct RawLengthTests {
    @Test func aPaddedValueOverTheLimitIsRefused() throws {
        let padded = String(repeating: " ", count: 60) + "ok"
        let body = try JSONParser.parse(#"{"name":"\#(padded)"}"#)
        #expect(throws: HelpdeskError.self) { try TagCreate(json: body) }
        let tag = try TagCreate(json: JSONParser.parse(#"{"name":"  Ok  "}"#))
        #expect(tag.name == "ok")
        #expect(throws: HelpdeskError.self) { try TicketUpdate(json: JSONParser.parse(#"{"status":" open"}"#)) }
    }

    @Test(arguments: CommonInputRulesTests.customFieldKinds)
    func customFieldStringsAreTrimmedAndLimitedAsSent(kind: InputKind) throws {
        let padded = JSONValue.string(" " + String(repeating: "v", count: 1_024))
        #expect(
            Array(refusedFields(kind.read, kind.body(["custom_fields": .object(["long": padded])])).keys)
                == ["custom_fields.long"])
        let fields: [String: JSONValue] = ["plan": .string("  gold \n"), "seats": .number(3), "note": .null]
        let read = try accepted(kind.read, kind.body(["custom_fields": .object(fields)]))
        #expect(Self.customFields(of: read) == ["plan": .string("gold"), "seats": .number(3), "note": .null])
    }

    private static func customFields(of input: any ValidatedInput) -> [String: JSONValue]? {
        switch input {
        case let ticket as TicketCreate: ticket.customFields
        case let ticket as TicketUpdate: ticket.customFields
        case let customer as CustomerCreate: customer.customFields
        case let customer as CustomerUpdate: customer.customFields
        default: nil
        }
    }
}
