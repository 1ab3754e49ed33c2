import Foundation
import HelpdeskTesting
import Testing

@testable import Helpdesk

/// `/webhooks` and its deliveries over the handler: admins only, the secret shown once,
/// every field validated, and the deliveries' outcomes listed.
@Suite struct WebhookAPITests {
    @Test func theSecretIsShownOnlyAtCreation() async throws {
        let bed = try await WebhookTestbed()
        let created = await bed.client.post(
            "/webhooks",
            json: #"{"url": "https://crm.example.com/hook?x=1", "events": ["ticket.*", "tag.created", "ticket.*"]}"#)
        #expect(created.status == 201)
        let id = try created.string("data", "id")
        #expect(id.hasPrefix("whk_"))
        #expect(try created.string("data", "secret").hasPrefix("whsec_"))
        #expect(created.value("data", "events") == .array([.string("tag.created"), .string("ticket.*")]))
        #expect(created.header("Location") == "/api/v1/webhooks/\(id)")
        let fetched = await bed.client.get("/webhooks/\(id)")
        #expect(fetched.status == 200 && fetched.value("data", "secret") == nil)
        #expect(fetched.header("ETag") == created.header("ETag"), "the create's ETag is the record's")
        #expect(await bed.client.get("/webhooks").items.allSatisfy { $0["secret"] == nil })
        let stale = await bed.client.patch(
            "/webhooks/\(id)", json: #"{"active": false}"#, headers: [("If-Match", "\"0\"")])
        #expect(stale.status == 412)
        let paused = await bed.client.patch(
            "/webhooks/\(id)", json: #"{"active": false, "description": "CRM"}"#,
            headers: [("If-Match", created.header("ETag") ?? "")])
        #expect(paused.status == 200 && paused.value("data", "active") == .bool(false))
        #expect(await bed.client.delete("/webhooks/\(id)").status == 204)
        #expect(await bed.client.get("/webhooks/\(id)").status == 404)
    }

    /// A blank or `null` description is none, as for every clearable field; on a PATCH it clears.
    @Test func aBlankDescriptionIsNone() async throws {
        let bed = try await WebhookTestbed()
        for description in [#""  ""#, "null"] {
            let created = await bed.client.post(
                "/webhooks", json: #"{"url": "https://example.com/in", "description": \#(description)}"#)
            #expect(created.status == 201, "\(created.response.bodyText)")
            #expect(created.value("data", "description") == .null)
        }
        let id = try await bed.client.post(
            "/webhooks", json: #"{"url": "https://example.com/in", "description": "CRM"}"#
        )
        .string("data", "id")
        let cleared = await bed.client.patch("/webhooks/\(id)", json: #"{"description": " "}"#)
        #expect(cleared.status == 200 && cleared.value("data", "description") == .null)
    }

    @Test(arguments: [
        (#"{"events": ["*"]}"#, "url"), (#"{"url": "ftp://example.com"}"#, "url"),
        (#"{"url": "https://"}"#, "url"), (#"{"url": "https://user:pw@example.com/"}"#, "url"),
        (#"{"url": " https://example.com"}"#, "url"), (#"{"url": "https://exa mple.com"}"#, "url"),
        (#"{"url": "https://example.com", "events": []}"#, "events"),
        (#"{"url": "https://example.com", "events": ["ticket.exploded"]}"#, "events"),
        (#"{"url": "https://example.com", "events": ["webhook.*"]}"#, "events"),
        (#"{"url": "https://example.com", "events": "ticket.created"}"#, "events"),
        (#"{"url": "https://example.com", "active": "yes"}"#, "active"),
        (#"{"url": "https://example.com", "secret": "mine"}"#, "secret"),
    ])
    func refusesWhatIsNotASubscription(body: String, field: String) async throws {
        let bed = try await WebhookTestbed()
        let response = await bed.client.post("/webhooks", json: body)
        #expect(response.status == 400)
        #expect(response.value("error", "details", "fields", field) != nil, "\(response.response.bodyText)")
        #expect(try await bed.service.webhooks(RecordQuery()).total == 0)
    }

    @Test func onlyAdminsManageWebhooks() async throws {
        let bed = try await WebhookTestbed()
        let id = try await bed.subscribe().webhook.id.rawValue
        for role in [UserRole.agent, .viewer] {
            let key = try await bed.client.key(for: role, email: "\(role.rawValue)@example.com")
            #expect(await bed.client.get("/webhooks", key: key).status == 403)
            #expect(await bed.client.get("/webhooks/\(id)/deliveries", key: key).status == 403)
            #expect(await bed.client.post("/webhooks", json: #"{"url": "https://a.example"}"#, key: key).status == 403)
        }
    }

    @Test func deliveriesShowTheirOutcomesAndCanBeSentAgain() async throws {
        let bed = try await WebhookTestbed { _ in .response(statusCode: 410) }
        let id = try await bed.subscribe(["ticket.created"]).webhook.id.rawValue
        try await bed.ticket()
        try await bed.dispatcher.deliverDue()
        let list = await bed.client.get("/webhooks/\(id)/deliveries")
        #expect(list.status == 200 && list.items.count == 1)
        let delivery = try #require(list.items.first)
        #expect(delivery["last_status_code"] == .number(410))
        #expect(delivery["status"] == .string("pending") && delivery["attempts"] == .number(1))
        #expect(delivery["next_attempt_at"]?.stringValue != nil)
        let deliveryID = try #require(delivery["id"]?.stringValue)
        let redeliver = "/webhooks/\(id)/deliveries/\(deliveryID)/redeliver"
        let unknownField = await bed.client.post(redeliver, json: #"{"x":1}"#)
        #expect(unknownField.status == 400)
        #expect(unknownField.value("error", "details", "fields", "x") == .string("is not a known field"))
        #expect(await bed.client.post(redeliver, json: "[]").value("error", "details", "fields", "body") != nil)
        let again = await bed.client.post(redeliver, json: "{}")
        #expect(again.status == 201)
        #expect(again.value("data", "redelivery_of")?.stringValue == deliveryID)
        #expect(await bed.client.get("/webhooks/\(id)/deliveries/dlv_missing").status == 404)
        #expect(await bed.client.get("/webhooks/\(id)/deliveries/nope").status == 404)
        #expect(await bed.client.get("/webhooks/nope/deliveries").status == 404)
        #expect(await bed.client.get("/webhooks/whk_missing/deliveries").status == 404)
    }
}

/// The retry schedule, the event patterns and the URL rule on their own.
@Suite struct WebhookRulesTests {
    @Test func theStandardScheduleSpansMoreThanADay() {
        let policy = RetryPolicy.standard
        let minutes = (1..<policy.maximumAttempts).map { policy.nominalDelay(afterAttempt: $0) / 60 }
        #expect(minutes == [1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360, 360])
        #expect(policy.nominalSpan == 1_591 * 60)
        #expect(policy.delay(afterAttempt: 3, unit: 0) == 240)
        #expect(policy.delay(afterAttempt: 3, unit: 0.999) < 240 * 1.2)
        #expect(policy.delay(afterAttempt: 3, unit: 7) == 240 * 1.2, "jitter is clamped")
        #expect(policy.nominalDelay(afterAttempt: 10_000) == policy.maximumDelay)
    }

    @Test func patternsMatchNamesAndWildcards() {
        #expect(EventCatalogue.matches("ticket.created", ["*"]))
        #expect(EventCatalogue.matches("ticket.created", ["ticket.*"]))
        #expect(!EventCatalogue.matches("tickets.created", ["ticket.*"]))
        #expect(!EventCatalogue.matches("ticket.updated", ["ticket.created"]))
        #expect(EventCatalogue.patterns.allSatisfy { EventCatalogue.problem(with: $0) == nil })
        #expect(EventCatalogue.problem(with: "ticket.") != nil)
        #expect(EventCatalogue.problem(with: "*.*") != nil)
    }

    @Test(arguments: [
        ("https://example.com", true), ("HTTP://example.com:8080/in?a=b#c", true), ("http://127.0.0.1/x", true),
        ("https://[::1]:443/", true), ("https://example.com/ü", false), ("https://example.com:123456/", false),
        ("https:/example.com", false), ("mailto:a@example.com", false), ("", false),
        ("https://example.com/" + String(repeating: "a", count: 2_100), false),
        ("http://[1:2:3:4:5:6:7:8]/", true), ("http://[fe80::1:2]:8080/", true), ("http://[::]/", true),
        ("http://[F]/", false), ("http://[1::2::3]/", false), ("http://[1:2:3:4:5:6:7:8:9]/", false),
        ("http://127.0.0.1:65535/", true), ("http://127.0.0.1:09999/", true), ("http://127.0.0.1:0/", true),
        ("http://127.0.0.1:65536/", false), ("http://127.0.0.1:99999/x", false), ("http://[::1]:70000/", false),
        ("https://example.com:65540", false),
        ("https://x..example/", false), ("https://-bad-.example/", false), ("https://bad-.example/", false),
        ("https://.example/", false), ("https://./", false), ("https://example.com./", true),
        ("https://a-b.c-d.example/", true), ("https://" + String(repeating: "a", count: 63) + ".example/", true),
        ("https://" + String(repeating: "a", count: 64) + ".example/", false),
        ("https://example.com/a%2Fb?q=%e2%82%ac", true), ("https://example.com/%zz", false),
        ("https://example.com/100%", false), ("https://example.com/%4", false),
    ])
    func urlsAreAbsoluteHTTP(url: String, valid: Bool) {
        #expect((WebhookRules.url(url) == nil) == valid)
    }

    /// A refused URL's message names the part that is wrong.
    @Test(arguments: [
        ("", "1 to 2048 characters"), ("mailto:a@example.com", "must start with http:// or https://"),
        (" https://example.com", "must start with"), ("https://user:pw@example.com/", "user name or password"),
        ("https://", "host name of dot-separated labels"), ("https://x..example/", "host name"),
        ("https://exa mple.com", "host name"), ("https://[1::2::3]/", "IPv6 address"),
        ("https://example.com:123456/", "port from 0 to 65535"), ("https://[::1]:70000/", "port"),
        ("https://example.com/ü", "visible ASCII"), ("https://example.com/a b", "visible ASCII"),
        ("https://example.com/%zz", "two hex digits"), ("https://example.com/100%", "two hex digits"),
    ])
    func refusedURLsSayWhatIsWrong(url: String, reason: String) throws {
        let problem = try #require(WebhookRules.url(url))
        #expect(problem.contains(reason), "\(url): \(problem)")
    }
}
