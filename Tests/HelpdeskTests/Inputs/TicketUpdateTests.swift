import Testing

@testable import Helpdesk

@Suite struct TicketUpdateTests {
    @Test func seedBodyGivesTheChanges() throws {
        let update = try accepted(
            TicketUpdate.init(json:), try json(#"{"status": "pending", "priority": "high", "assignee_id": "user_789"}"#)
        )
        #expect(update == TicketUpdate(status: .pending, priority: .high, assignee: .set(Samples.id("789"))))
    }

    @Test func emptyBodyChangesNothing() throws {
        #expect(try accepted(TicketUpdate.init(json:), .object([:])) == TicketUpdate())
    }

    @Test func nullClearsSummaryAndAssignee() throws {
        let update = try accepted(TicketUpdate.init(json:), try json(#"{"summary": null, "assignee_id": null}"#))
        #expect(update.summary == .clear)
        #expect(update.assignee == .clear)
        #expect(update.summary?.newValue == nil)
        #expect(update.subject == nil)
    }

    @Test func normalizesStringsAndTags() throws {
        let update = try accepted(
            TicketUpdate.init(json:),
            try json(
                """
                {"subject": " New subject ", "description": " d ", "summary": " s ", "tags": [" VIP", "vip", "Billing"],
                 "custom_fields": {"plan": "team"}}
                """))
        #expect(update.subject == "New subject")
        #expect(update.description == "d")
        #expect(update.summary == .set("s"))
        #expect(update.tags == ["vip", "billing"])
        #expect(update.customFields == ["plan": .string("team")])
    }

    @Test func emptyTagListClearsTheTags() throws {
        #expect(try accepted(TicketUpdate.init(json:), try json(#"{"tags": []}"#)).tags == [])
    }

    static let refused: [(String, String, String)] = [
        (#"{"subject": ""}"#, "subject", "is required"),
        (#"{"subject": "   "}"#, "subject", "is required"),
        (#"{"subject": null}"#, "subject", "cannot be null"),
        (#"{"description": null}"#, "description", "cannot be null"),
        (#"{"status": null}"#, "status", "cannot be null"),
        (#"{"priority": null}"#, "priority", "cannot be null"),
        (#"{"status": "reopened"}"#, "status", "must be one of"),
        (#"{"priority": ["high"]}"#, "priority", "must be a string, not an array"),
        (#"{"assignee_id": "user_"}"#, "assignee_id", "must be a User id"),
        (#"{"assignee_id": 789}"#, "assignee_id", "must be a string, not a number"),
        (#"{"summary": 1}"#, "summary", "must be a string"),
        (#"{"tags": ["ok", ""]}"#, "tags[1]", "is required"),
        (#"{"tags": [null]}"#, "tags[0]", "must be a string, not null"),
        (#"{"custom_fields": {"k": [1]}}"#, "custom_fields.k", "must be a string, number, boolean or null"),
        (#"{"assignee": null}"#, "assignee", "is not a known field"),
        (#"{"customer_email": "a@b.co"}"#, "customer_email", "is not a known field"),
    ]

    @Test(arguments: refused)
    func refusesBadChanges(body: String, field: String, reason: String) throws {
        try expectRefused(TicketUpdate.init(json:), body, field: field, reason: reason)
    }

    @Test func limitsApplyToChangesToo() {
        let long = { (key: String, count: Int) in JSONValue.object([key: .string(repeated("x", count))]) }
        expectRefused(TicketUpdate.init(json:), long("subject", 256), field: "subject")
        expectRefused(TicketUpdate.init(json:), long("summary", 1_001), field: "summary")
        expectRefused(TicketUpdate.init(json:), long("description", 65_536), field: "description")
        #expect((try? TicketUpdate(json: long("summary", 1_000))) != nil)
    }
}
