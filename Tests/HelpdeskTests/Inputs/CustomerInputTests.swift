import Testing

@testable import Helpdesk

@Suite struct CustomerInputTests {
    @Test func seedBodyGivesTrimmedValues() throws {
        let input = try accepted(
            CustomerCreate.init(json:),
            try json(
                """
                {"email": " user@example.com ", "name": " John Doe ", "phone": "+1-555-0123 ", "company": "Acme Inc"}
                """))
        #expect(
            input
                == CustomerCreate(
                    email: "user@example.com", name: "John Doe", phone: "+1-555-0123", company: "Acme Inc"))
    }

    @Test func absentNullAndBlankOptionalsAreNil() throws {
        let input = try accepted(
            CustomerCreate.init(json:),
            try json(
                """
                {"email": "a@b.co", "name": null, "phone": "  ", "custom_fields": {"tier": "gold"}}
                """))
        #expect(input.name == nil)
        #expect(input.phone == nil)
        #expect(input.company == nil)
        #expect(input.customFields == ["tier": .string("gold")])
    }

    static let createRefusals: [(String, JSONValue?, String, String)] = [
        ("email", nil, "email", "is required"),
        ("email", .string("   "), "email", "is required"),
        ("email", .string("john.doe"), "email", "is not a valid email address"),
        ("email", .null, "email", "cannot be null"),
        ("name", .string(repeated("n", 256)), "name", "at most 255"),
        ("company", .string(repeated("c", 256)), "company", "at most 255"),
        ("phone", .string("call me"), "phone", "may hold only digits"),
        ("phone", .string(repeated("5", 51)), "phone", "at most 50"),
        ("phone", .number(5_550_123), "phone", "must be a string"),
        ("custom_fields", .string("{}"), "custom_fields", "must be an object"),
        ("ticket_count", .number(3), "ticket_count", "is not a known field"),
    ]

    @Test(arguments: createRefusals)
    func createRefusesBadFields(key: String, value: JSONValue?, field: String, reason: String) {
        expectRefused(
            CustomerCreate.init(json:), InputKind.customerCreate.body([key: value]), field: field, reason: reason)
    }

    @Test func lengthLimitsAllowTheLimit() throws {
        let body = InputKind.customerCreate.body([
            "name": .string(repeated("ñ", 255)), "company": .string(repeated("c", 255)),
            "phone": .string(repeated("5", 50)),
        ])
        let input = try accepted(CustomerCreate.init(json:), body)
        #expect(input.name?.unicodeScalars.count == 255)
    }

    @Test func updateNullOrBlankClearsOptionals() throws {
        let update = try accepted(
            CustomerUpdate.init(json:),
            try json(
                """
                {"name": null, "phone": "  ", "company": " Acme ", "email": " new@example.com "}
                """))
        #expect(update == CustomerUpdate(email: "new@example.com", name: .clear, phone: .clear, company: .set("Acme")))
    }

    @Test func updateLeavesAbsentFieldsAlone() throws {
        #expect(try accepted(CustomerUpdate.init(json:), .object([:])) == CustomerUpdate())
    }

    static let updateRefusals: [(String, String, String)] = [
        (#"{"email": null}"#, "email", "cannot be null"),
        (#"{"email": ""}"#, "email", "is required"),
        (#"{"email": "a@b"}"#, "email", "is not a valid email address"),
        (#"{"phone": "+1 (555) CALL"}"#, "phone", "may hold only digits"),
        (#"{"custom_fields": {"a": {"b": 1}}}"#, "custom_fields.a", "must be a string, number, boolean or null"),
        (#"{"id": "cust_1"}"#, "id", "is not a known field"),
    ]

    @Test(arguments: updateRefusals)
    func updateRefusesBadFields(body: String, field: String, reason: String) throws {
        try expectRefused(CustomerUpdate.init(json:), body, field: field, reason: reason)
    }
}
