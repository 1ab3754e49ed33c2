import Testing

@testable import Helpdesk

@Suite struct ConversationCreateTests {
    @Test func seedBodyIsAPublicReply() throws {
        let input = try accepted(
            ConversationCreate.init(json:),
            try json(
                """
                {"ticket_id": "tkt_123", "content": "Thank you for reaching out...", "type": "reply", "internal": false}
                """))
        #expect(input.ticketID == Samples.id("123"))
        #expect(input.type == .reply)
        #expect(input.resolvedInternal == false)
    }

    @Test func keepsContentAsGiven() throws {
        let content = "  <p>Hello</p>\n\n  "
        let input = try accepted(
            ConversationCreate.init(json:), InputKind.conversationCreate.body(["content": .string(content)]))
        #expect(input.content == content)
    }

    static let internalDefaults: [(String?, Bool?, Bool)] = [
        (nil, nil, false), ("reply", nil, false), ("reply", true, true), ("note", nil, true), ("note", true, true),
    ]

    @Test(arguments: internalDefaults)
    func internalDefaultsByType(type: String?, isInternal: Bool?, resolved: Bool) throws {
        let body = InputKind.conversationCreate.body([
            "type": type.map(JSONValue.string), "internal": isInternal.map(JSONValue.bool),
        ])
        #expect(try accepted(ConversationCreate.init(json:), body).resolvedInternal == resolved)
    }

    @Test func contentLimitIs65535Scalars() throws {
        let body = { (content: String) in InputKind.conversationCreate.body(["content": .string(content)]) }
        _ = try accepted(ConversationCreate.init(json:), body(repeated("é", 65_535)))
        expectRefused(
            ConversationCreate.init(json:), body(repeated("é", 65_536)), field: "content", reason: "at most 65535")
    }

    static let refused: [(String, JSONValue?, String, String)] = [
        ("ticket_id", nil, "ticket_id", "is required"),
        ("ticket_id", .string("cust_1"), "ticket_id", "must be a Ticket id"),
        ("ticket_id", .null, "ticket_id", "cannot be null"),
        ("content", nil, "content", "is required"),
        ("content", .string(""), "content", "is required"),
        ("content", .string(" \n\t "), "content", "is required"),
        ("content", .string("a\u{0}b"), "content", "NUL"),
        ("content", .array([]), "content", "must be a string"),
        ("type", .string("system"), "type", "system entries are written by the helpdesk only"),
        ("type", .string("email"), "type", "must be one of reply, note, system"),
        ("type", .null, "type", "cannot be null"),
        ("internal", .string("true"), "internal", "must be true or false"),
        ("internal", .number(0), "internal", "must be true or false"),
        ("author", .string("user_1"), "author", "is not a known field"),
    ]

    @Test(arguments: refused)
    func refusesBadEntries(key: String, value: JSONValue?, field: String, reason: String) {
        expectRefused(
            ConversationCreate.init(json:), InputKind.conversationCreate.body([key: value]), field: field,
            reason: reason)
    }

    @Test func aNoteCannotBePublic() {
        let body = InputKind.conversationCreate.body(["type": .string("note"), "internal": .bool(false)])
        #expect(refusedFields(ConversationCreate.init(json:), body) == ["internal": "a note is always internal"])
    }
}
