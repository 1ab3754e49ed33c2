import Testing

@testable import Helpdesk

@Suite struct TicketCreateTests {
    @Test func seedBodyGivesNormalizedValues() throws {
        let input = try accepted(
            TicketCreate.init(json:),
            try json(
                """
                {"subject": "  Help needed ", "description": " Detailed description of the issue\\n",
                 "customer_email": " user@example.com ", "priority": "medium", "tags": ["Support", " support", "BILLING "]}
                """))
        #expect(input.subject == "Help needed")
        #expect(input.description == "Detailed description of the issue")
        #expect(input.customer == .email("user@example.com"))
        #expect(input.tags == ["support", "billing"])
        #expect(input.priority == .medium)
    }

    @Test func appliesDefaults() throws {
        let input = try accepted(TicketCreate.init(json:), InputKind.ticketCreate.body())
        #expect(input.status == .open)
        #expect(input.priority == .medium)
        #expect(input.description == "")
        #expect(input.summary == nil)
        #expect(input.assigneeID == nil)
        #expect(input.tags == [])
        #expect(input.customFields == [:])
    }

    @Test func readsEveryField() throws {
        let input = try accepted(
            TicketCreate.init(json:),
            try json(
                """
                {"subject": "S", "customer_id": "cust_456", "summary": " short ", "status": "on_hold", "priority": "urgent",
                 "assignee_id": "user_789", "custom_fields": {"plan": "pro", "seats": 3, "trial": false, "x": null}}
                """))
        #expect(input.customer == .id(Samples.id("456")))
        #expect(input.summary == "short")
        #expect(input.status == .onHold)
        #expect(input.priority == .urgent)
        #expect(input.assigneeID == Samples.id("789"))
        #expect(input.customFields == ["plan": .string("pro"), "seats": .number(3), "trial": .bool(false), "x": .null])
    }

    @Test func subjectLimitIs255Scalars() throws {
        let body = { (subject: String) in InputKind.ticketCreate.body(["subject": .string(subject)]) }
        #expect(try accepted(TicketCreate.init(json:), body(repeated("😀", 255))).subject.unicodeScalars.count == 255)
        expectRefused(TicketCreate.init(json:), body(repeated("a", 256)), field: "subject", reason: "at most 255")
    }

    @Test func descriptionAndSummaryLimits() throws {
        let body = { (key: String, count: Int) in InputKind.ticketCreate.body([key: .string(repeated("d", count))]) }
        _ = try accepted(TicketCreate.init(json:), body("description", 65_535))
        expectRefused(TicketCreate.init(json:), body("description", 65_536), field: "description")
        _ = try accepted(TicketCreate.init(json:), body("summary", 1_000))
        expectRefused(TicketCreate.init(json:), body("summary", 1_001), field: "summary")
    }

    static let missingSubjects: [JSONValue?] = [nil, .string(""), .string("   \n\t ")]

    @Test(arguments: missingSubjects)
    func subjectIsRequired(subject: JSONValue?) {
        expectRefused(
            TicketCreate.init(json:), InputKind.ticketCreate.body(["subject": subject]), field: "subject",
            reason: "is required")
    }

    @Test func needsCustomerEmailOrID() {
        let neither = InputKind.ticketCreate.body(["customer_email": nil])
        expectRefused(TicketCreate.init(json:), neither, field: "customer_email", reason: "is required")
        let both = InputKind.ticketCreate.body(["customer_id": .string("cust_1")])
        expectRefused(TicketCreate.init(json:), both, field: "customer_email", reason: "not both")
    }

    static let badCustomers: [(String, JSONValue, String)] = [
        ("customer_email", .string("not-an-email"), "is not a valid email address"),
        ("customer_email", .string("  "), "is required"),
        ("customer_email", .null, "cannot be null"),
        ("customer_email", .number(1), "must be a string"),
        ("customer_id", .string("user_1"), "must be a Customer id"),
        ("customer_id", .string("cust_"), "must be a Customer id"),
    ]

    @Test(arguments: badCustomers)
    func refusesBadCustomerReferences(field: String, value: JSONValue, reason: String) {
        var changes: [String: JSONValue?] = ["customer_email": nil]
        changes[field] = value
        let body = InputKind.ticketCreate.body(changes)
        let fields = refusedFields(TicketCreate.init(json:), body)
        #expect(fields[field]?.contains(reason) == true, "\(fields)")
        #expect(fields.count == 1, "only \(field) is wrong: \(fields)")
    }

    static let badValues: [(String, JSONValue, String)] = [
        ("status", .string("new"), "must be one of open, pending, on_hold, solved, closed"),
        ("status", .string("OPEN"), "must be one of"),
        ("priority", .string("critical"), "must be one of low, medium, high, urgent"),
        ("priority", .number(1), "must be a string"),
        ("assignee_id", .string("cust_1"), "must be a User id"),
        ("tags", .string("a,b"), "must be an array of strings"),
        ("tags[1]", .array([.string("a"), .number(2)]), "must be a string"),
        ("tags[0]", .array([.string("a,b")]), "must not contain commas"),
        ("tags[0]", .array([.string(repeated("t", 51))]), "at most 50"),
        ("tags[0]", .array([.string("  ")]), "is required"),
        ("tags", .array((0...50).map { .string("t\($0)") }), "may hold at most 50 values"),
        ("custom_fields", .array([]), "must be an object"),
        ("custom_fields.Bad", .object(["Bad": .null]), "keys must be"),
        ("custom_fields.deep", .object(["deep": .object([:])]), "must be a string, number, boolean or null"),
        ("description", .null, "cannot be null"),
        ("subject", .bool(true), "must be a string, not a boolean"),
    ]

    @Test(arguments: badValues)
    func refusesBadValues(field: String, value: JSONValue, reason: String) {
        let key = String(field.prefix { $0 != "[" && $0 != "." })
        expectRefused(TicketCreate.init(json:), InputKind.ticketCreate.body([key: value]), field: field, reason: reason)
    }

    /// `null` on a field a PATCH may clear is, on a create, the same as leaving it out.
    @Test func nullOnAClearableFieldIsAsAbsent() throws {
        let body = InputKind.ticketCreate.body(["summary": .null, "assignee_id": .null])
        let input = try TicketCreate(json: body).validated()
        #expect(input.summary == nil)
        #expect(input.assigneeID == nil)
    }

    @Test func fiftyTagsFitAndRepeatsCount() throws {
        let fifty = InputKind.ticketCreate.body(["tags": .array((0..<50).map { .string("t\($0)") })])
        #expect(try TicketCreate(json: fifty).validated().tags.count == 50)
        let repeated = InputKind.ticketCreate.body(["tags": .array(Array(repeating: .string("same"), count: 51))])
        #expect(refusedFields(TicketCreate.init(json:), repeated) == ["tags": "may hold at most 50 values"])
    }

    @Test func tagErrorsNameTheElementAsGiven() {
        let body = InputKind.ticketCreate.body(["tags": .array([.string("a"), .string("A"), .string("b,c")])])
        #expect(refusedFields(TicketCreate.init(json:), body) == ["tags[2]": "must not contain commas"])
    }

    @Test func validatedNormalizesProgrammaticInput() throws {
        let input = try TicketCreate(subject: " S ", customer: .email(" a@b.co "), tags: ["X", "x "]).validated()
        #expect(input.subject == "S")
        #expect(input.customer == .email("a@b.co"))
        #expect(input.tags == ["x"])
        let error = #expect(throws: HelpdeskError.self) {
            try TicketCreate(subject: " ", customer: .email("bad"), tags: [","]).validated()
        }
        #expect(Set(error?.fields.keys ?? [:].keys) == ["subject", "customer_email", "tags[0]"])
    }
}
