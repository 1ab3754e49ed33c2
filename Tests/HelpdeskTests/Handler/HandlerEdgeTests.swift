import Helpdesk
import HelpdeskTesting
import Testing

/// Rate limits, idempotency keys and ETags.
@Suite struct HandlerEdgeTests {
    @Test func rateLimitHeadersAndRefusalAndRefill() async throws {
        var configuration = HandlerConfiguration()
        configuration.rateLimit = RateLimitPolicy(limit: 3, window: .seconds(60))
        let clock = ManualClock()
        let client = try await HelpdeskTestClient(configuration: configuration, clock: clock.dateGenerator)
        var remaining: [String?] = []
        for _ in 0..<3 {
            let response = await client.get("/tags")
            #expect(response.status == 200)
            #expect(response.header("X-RateLimit-Limit") == "3")
            remaining.append(response.header("X-RateLimit-Remaining"))
        }
        #expect(remaining == ["2", "1", "0"])
        let refused = await client.get("/tags")
        #expect(refused.status == 429)
        #expect(refused.errorCode == "TOO_MANY_REQUESTS")
        #expect(refused.header("Retry-After") == "20")
        #expect(refused.header("X-RateLimit-Reset") == "60")
        clock.advance(by: 20)
        let again = await client.get("/tags")
        #expect(again.status == 200)
        #expect(again.header("X-RateLimit-Remaining") == "0")
        clock.advance(by: 60)
        let other = try await client.key(for: .agent, email: "x@example.com")
        #expect(await client.get("/tags", key: other).header("X-RateLimit-Remaining") == "2")
    }

    @Test func answersWithoutAKeyCarryRateLimitHeadersToo() async throws {
        let client = try await HelpdeskTestClient()
        for response in [
            await client.get("/tickets", key: .none), await client.get("/openapi.json", key: .none),
            await client.get("/nowhere"),
        ] {
            #expect(response.header("X-RateLimit-Limit") == "700")
            #expect(response.header("X-RateLimit-Remaining") != nil)
            #expect(response.header("X-RateLimit-Reset") != nil)
        }
    }

    @Test func requestsWithoutAKeyShareOneLimitedBucket() async throws {
        var configuration = HandlerConfiguration()
        configuration.rateLimit = RateLimitPolicy(limit: 2, window: .seconds(60))
        let client = try await HelpdeskTestClient(configuration: configuration)
        #expect(await client.get("/openapi.json", key: .none).status == 200)
        #expect(await client.get("/tickets", key: "wrong").status == 401)
        let refused = await client.get("/openapi.json", key: .none)
        #expect(refused.status == 429)
        #expect(refused.header("Retry-After") == "30")
        #expect(await client.get("/tags").status == 200, "a valid key has its own bucket")
    }

    @Test func anIdempotencyKeyReplaysTheFirstAnswer() async throws {
        let client = try await HelpdeskTestClient()
        let body = #"{"subject":"once","customer_email":"a@example.com"}"#
        let first = await client.post("/tickets", json: body, headers: [("Idempotency-Key", "k1")])
        let second = await client.post("/tickets", json: body, headers: [("Idempotency-Key", "k1")])
        #expect(first.status == 201)
        #expect(second.status == 201)
        #expect(second.header("Idempotent-Replayed") == "true")
        #expect(first.header("Idempotent-Replayed") == nil)
        #expect(second.response.body == first.response.body)
        #expect(await client.get("/tickets").total == 1)
        let changed = await client.post(
            "/tickets", json: #"{"subject":"twice","customer_email":"a@example.com"}"#,
            headers: [("Idempotency-Key", "k1")])
        #expect(changed.status == 409)
        #expect(changed.errorCode == "CONFLICT")
        let otherKey = try await client.key(for: .agent)
        let scoped = await client.post("/tickets", json: body, key: otherKey, headers: [("Idempotency-Key", "k1")])
        #expect(scoped.status == 201)
        #expect(scoped.header("Idempotent-Replayed") == nil)
    }

    @Test func anIdempotencyKeyComparesParametersNotLayout() async throws {
        let client = try await HelpdeskTestClient()
        let headers = [("Idempotency-Key", "layout")]
        let first = await client.post(
            "/tickets", json: #"{"subject":"once","customer_email":"a@example.com","tags":["x","y"]}"#,
            headers: headers)
        let reordered = await client.post(
            "/tickets",
            json: "{ \"tags\": [\"x\", \"y\"],\n  \"customer_email\": \"a@example.com\", \"subject\": \"once\" }",
            headers: headers)
        #expect(first.status == 201)
        #expect(reordered.header("Idempotent-Replayed") == "true")
        #expect(reordered.response.body == first.response.body)
        let otherOrderOfTags = await client.post(
            "/tickets", json: #"{"subject":"once","customer_email":"a@example.com","tags":["y","x"]}"#,
            headers: headers)
        #expect(otherOrderOfTags.status == 409, "an array's order is part of its value")
        #expect(await client.get("/tickets").total == 1)
    }

    @Test func aBodyThatIsNotJSONIsComparedByItsBytes() async throws {
        let client = try await HelpdeskTestClient()
        let headers = [("Idempotency-Key", "bytes"), ("Content-Type", "text/plain")]
        let first = await client.post("/tags", json: #"{"name":"a"}"#, headers: headers)
        let same = await client.post("/tags", json: #"{"name":"a"}"#, headers: headers)
        let spaced = await client.post("/tags", json: #"{"name": "a"}"#, headers: headers)
        #expect(first.status == 400)
        #expect(same.header("Idempotent-Replayed") == "true")
        #expect(spaced.status == 409)
        let asJSON = await client.post("/tags", json: #"{"name":"a"}"#, headers: [("Idempotency-Key", "bytes")])
        #expect(asJSON.status == 409, "the same bytes sent as JSON are another request")
    }

    @Test func aBodyOverTheLimitIsComparedByItsBytesAndRefused() async throws {
        var configuration = HandlerConfiguration()
        configuration.maximumBodySize = 64
        let client = try await HelpdeskTestClient(configuration: configuration)
        let headers = [("Idempotency-Key", "large")]
        let large = #"{"name":"x", "padding":"\#(String(repeating: "p", count: 64))"}"#
        let first = await client.post("/tags", json: large, headers: headers)
        #expect(first.status == 400)
        #expect(first.value("error", "details", "fields", "body") == .string("is too large"))
        let same = await client.post("/tags", json: large, headers: headers)
        #expect(same.header("Idempotent-Replayed") == "true")
        let relaid = await client.post("/tags", json: large.replacing(", ", with: ","), headers: headers)
        #expect(relaid.status == 409, "a body too large to be read as JSON is compared by its bytes")
        #expect(
            await client.post("/tags", json: #"{"name":"x"}"#, headers: [("Idempotency-Key", "small")]).status == 201)
        #expect(await client.get("/tags").items.count == 1)
    }

    @Test func refusedAnswersAreReplayedAndBadKeysRefused() async throws {
        let client = try await HelpdeskTestClient()
        let invalid = #"{"subject":""}"#
        let first = await client.post("/tickets", json: invalid, headers: [("Idempotency-Key", "k2")])
        let second = await client.post("/tickets", json: invalid, headers: [("Idempotency-Key", "k2")])
        #expect(first.status == 400)
        #expect(second.header("Idempotent-Replayed") == "true")
        let tooLong = await client.post(
            "/tags", json: #"{"name":"x"}"#, headers: [("Idempotency-Key", String(repeating: "k", count: 256))])
        #expect(tooLong.status == 400)
    }

    @Test func aRefusalByRoleIsReplayedToo() async throws {
        let client = try await HelpdeskTestClient()
        let viewer = try await client.key(for: .viewer)
        let headers = [("Idempotency-Key", "k3")]
        let first = await client.post("/tags", json: #"{"name":"x"}"#, key: viewer, headers: headers)
        let second = await client.post("/tags", json: #"{"name":"x"}"#, key: viewer, headers: headers)
        #expect(first.status == 403)
        #expect(first.header("Idempotent-Replayed") == nil)
        #expect(second.status == 403)
        #expect(second.header("Idempotent-Replayed") == "true")
        let other = await client.post("/tags", json: #"{"name":"y"}"#, key: viewer, headers: headers)
        #expect(other.errorCode == "CONFLICT")
        #expect(await client.get("/tags").items.isEmpty)
    }

    @Test func keyMintsIgnoreIdempotencyKeys() async throws {
        let client = try await HelpdeskTestClient()
        let users = await client.get("/users")
        let admin = try users.string("data", "0", "id")
        let first = await client.post("/users/\(admin)/api_keys", json: "{}", headers: [("Idempotency-Key", "mint")])
        let second = await client.post("/users/\(admin)/api_keys", json: "{}", headers: [("Idempotency-Key", "mint")])
        #expect(try first.string("data", "key") != second.string("data", "key"))
        #expect(second.header("Idempotent-Replayed") == nil)
    }

    @Test func concurrentRequestsWithOneKeyCreateAtMostOneRow() async throws {
        let client = try await HelpdeskTestClient()
        let body = #"{"subject":"race","customer_email":"a@example.com"}"#
        let statuses = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    await client.post("/tickets", json: body, headers: [("Idempotency-Key", "same")]).status
                }
            }
            var statuses: [Int] = []
            for await status in group { statuses.append(status) }
            return statuses
        }
        #expect(statuses.allSatisfy { $0 == 201 || $0 == 409 })
        #expect(statuses.contains(201))
        #expect(await client.get("/tickets").total == 1)
    }

    @Test func ifMatchGuardsPatchAndDelete() async throws {
        let client = try await HelpdeskTestClient()
        let created = await client.post("/tickets", json: #"{"subject":"etag","customer_email":"a@example.com"}"#)
        let id = try created.string("data", "id")
        let etag = try #require(created.header("ETag"))
        #expect(await client.get("/tickets/\(id)").header("ETag") == etag)
        let fresh = await client.patch("/tickets/\(id)", json: #"{"priority":"low"}"#, headers: [("If-Match", etag)])
        #expect(fresh.status == 200)
        let stale = await client.patch("/tickets/\(id)", json: #"{"priority":"high"}"#, headers: [("If-Match", etag)])
        #expect(stale.status == 412)
        #expect(stale.errorCode == "PRECONDITION_FAILED")
        #expect(try await client.get("/tickets/\(id)").string("data", "priority") == "low")
        #expect(await client.delete("/tickets/\(id)", headers: [("If-Match", etag)]).status == 412)
        #expect(
            await client.delete(
                "/tickets/\(id)", headers: [("If-Match", "\"other\", \(try #require(fresh.header("ETag")))")]
            ).status == 204)
    }

    @Test func ifMatchStarMatchesAnyCurrentVersion() async throws {
        let client = try await HelpdeskTestClient()
        let id = try await client.post("/tags", json: #"{"name":"t"}"#).string("data", "id")
        #expect(await client.patch("/tags/\(id)", json: #"{"name":"u"}"#, headers: [("If-Match", "*")]).status == 200)
        #expect(await client.delete("/tags/\(id)", headers: [("If-Match", "*")]).status == 204)
    }

    @Test func everySingleResourceAnswerHasAnETag() async throws {
        let client = try await HelpdeskTestClient()
        let customer = try await client.post("/customers", json: #"{"email":"e@example.com"}"#).string("data", "id")
        for path in ["/customers/\(customer)", "/users/\(try await client.get("/users").string("data", "0", "id"))"] {
            #expect(await client.get(path).header("ETag")?.hasPrefix("\"") == true)
        }
        #expect(await client.get("/customers").header("ETag") == nil)
    }
}
