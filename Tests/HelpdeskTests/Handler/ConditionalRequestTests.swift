import Helpdesk
import HelpdeskTesting
import Testing

/// `HEAD` as its `GET`; `If-None-Match`: `304` for a read, `412` for a write; `If-Match`: `412` for both.
@Suite struct ConditionalRequestTests {
    @Test func headAnswersAsItsGetForRecordsAndLists() async throws {
        let client = try await HelpdeskTestClient()
        let id = try await client.post("/tags", json: #"{"name":"billing"}"#).string("data", "id")
        for path in ["/tags/\(id)", "/tags", "/tickets?status=open"] {
            let get = await client.get(path)
            let head = await client.send("HEAD", path)
            #expect(get.status == 200)
            #expect(head.status == 200, "\(path)")
            #expect(head.response.body == get.response.body, "the body a server sends the length of")
            #expect(head.header("ETag") == get.header("ETag"))
            #expect(head.header("Content-Type") == "application/json")
            #expect(head.header("X-RateLimit-Remaining") != nil)
        }
        HandlerErrorTests.expectError(await client.send("HEAD", "/tags/tag_missing"), 404, "NOT_FOUND")
        HandlerErrorTests.expectError(await client.send("HEAD", "/tags", key: .none), 401, "UNAUTHORIZED")
    }

    @Test func headIsNotAllowedWhereThereIsNoGet() async throws {
        let client = try await HelpdeskTestClient()
        let refused = await client.send("HEAD", "/customers/cust_1/api_keys")
        HandlerErrorTests.expectError(refused, 405, "METHOD_NOT_ALLOWED")
        #expect(refused.header("Allow") == "POST")
        #expect(await client.send("PUT", "/tags").header("Allow") == "GET, HEAD, POST")
    }

    @Test func ifNoneMatchWithTheCurrentETagIsNotModified() async throws {
        let client = try await HelpdeskTestClient()
        let created = await client.post("/tickets", json: #"{"subject":"etag","customer_email":"a@example.com"}"#)
        let id = try created.string("data", "id")
        let etag = try #require(created.header("ETag"))
        for (method, header) in [("GET", etag), ("HEAD", etag), ("GET", "W/\(etag)"), ("GET", "\"other\", \(etag)")] {
            let answer = await client.send(method, "/tickets/\(id)", headers: [("If-None-Match", header)])
            #expect(answer.status == 304, "\(method) with \(header)")
            #expect(answer.header("ETag") == etag)
            #expect(answer.response.body.isEmpty)
            #expect(answer.header("Content-Type") == nil)
            #expect(answer.header("X-RateLimit-Limit") != nil)
        }
        let star = await client.get("/tickets/\(id)", headers: [("If-None-Match", "*")])
        #expect(star.status == 304)
    }

    @Test func aReadWhoseIfMatchListsNoCurrentETagIsPreconditionFailed() async throws {
        let client = try await HelpdeskTestClient()
        let (id, etag) = try await Self.tag(named: "read", on: client)
        for method in ["GET", "HEAD"] {
            let stale = await client.send(method, "/tags/\(id)", headers: [("If-Match", "\"0\"")])
            HandlerErrorTests.expectError(stale, 412, "PRECONDITION_FAILED")
            #expect(stale.header("X-RateLimit-Limit") != nil)
            // If-Match is weighed first: a failing one is 412 even when If-None-Match would be 304.
            let both = await client.send(
                method, "/tags/\(id)", headers: [("If-Match", "\"0\""), ("If-None-Match", "*")])
            #expect(both.status == 412)
            for header in [etag, "*", "\"0\", W/\(etag)"] {
                let current = await client.send(method, "/tags/\(id)", headers: [("If-Match", header)])
                #expect(current.status == 200, "\(method) with \(header)")
                #expect(current.header("ETag") == etag)
            }
        }
        // Lists carry no ETag: If-Match leaves them alone.
        #expect(await client.get("/tags", headers: [("If-Match", "\"0\"")]).status == 200)
    }

    @Test func ifNoneMatchWithAnOldETagGetsTheRecord() async throws {
        let client = try await HelpdeskTestClient()
        let (id, old) = try await Self.tag(named: "old", on: client)
        let changed = await client.patch("/tags/\(id)", json: #"{"name":"new"}"#)
        let fresh = await client.get("/tags/\(id)", headers: [("If-None-Match", old)])
        #expect(fresh.status == 200)
        #expect(try fresh.string("data", "name") == "new")
        #expect(fresh.header("ETag") == changed.header("ETag"))
        #expect(fresh.header("ETag") != old)
    }

    @Test func ifNoneMatchLeavesListsAlone() async throws {
        let client = try await HelpdeskTestClient()
        _ = await client.post("/tags", json: #"{"name":"kept"}"#)
        let list = await client.get("/tags", headers: [("If-None-Match", "*")])
        #expect(list.status == 200, "a list has no ETag to match")
        #expect(list.items.count == 1)
        let missing = await client.get("/tags/tag_missing", headers: [("If-None-Match", "*")])
        HandlerErrorTests.expectError(missing, 404, "NOT_FOUND")
    }

    @Test func aWriteWhoseIfNoneMatchMatchesIsRefusedAndChangesNothing() async throws {
        let client = try await HelpdeskTestClient()
        let (id, etag) = try await Self.tag(named: "kept", on: client)
        for header in [etag, "*", "W/\(etag)", "\"other\", \(etag)"] {
            let update = await client.patch(
                "/tags/\(id)", json: #"{"name":"changed"}"#, headers: [("If-None-Match", header)])
            HandlerErrorTests.expectError(update, 412, "PRECONDITION_FAILED")
            let delete = await client.delete("/tags/\(id)", headers: [("If-None-Match", header)])
            HandlerErrorTests.expectError(delete, 412, "PRECONDITION_FAILED")
        }
        let unchanged = await client.get("/tags/\(id)")
        #expect(try unchanged.string("data", "name") == "kept")
        #expect(unchanged.header("ETag") == etag)
        let both = await client.patch(
            "/tags/\(id)", json: #"{"name":"changed"}"#, headers: [("If-Match", etag), ("If-None-Match", etag)])
        HandlerErrorTests.expectError(both, 412, "PRECONDITION_FAILED")
    }

    @Test func aWriteWhoseIfNoneMatchNamesAnOldVersionGoesAhead() async throws {
        let client = try await HelpdeskTestClient()
        let (id, old) = try await Self.tag(named: "old", on: client)
        let changed = await client.patch("/tags/\(id)", json: #"{"name":"new"}"#)
        let current = try #require(changed.header("ETag"))
        let again = await client.patch("/tags/\(id)", json: #"{"name":"newer"}"#, headers: [("If-None-Match", old)])
        #expect(again.status == 200)
        #expect(try again.string("data", "name") == "newer")
        let both = await client.patch(
            "/tags/\(id)", json: #"{"name":"newest"}"#,
            headers: [("If-Match", try #require(again.header("ETag"))), ("If-None-Match", "\(old), \(current)")])
        #expect(both.status == 200)
        #expect(await client.delete("/tags/\(id)", headers: [("If-None-Match", old)]).status == 204)
    }

    /// A new tag's id and ETag.
    static func tag(named name: String, on client: HelpdeskTestClient) async throws -> (id: String, etag: String) {
        let created = await client.post("/tags", json: #"{"name":"\#(name)"}"#)
        return (try created.string("data", "id"), try #require(created.header("ETag")))
    }
}
