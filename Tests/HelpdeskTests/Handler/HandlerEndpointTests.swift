import Helpdesk
import HelpdeskTesting
import Testing

/// Every endpoint's success path, through the handler.
@Suite struct HandlerEndpointTests {
    /// Numbers past 2^53 − 1 (here at the edges of Int64, where the writer once trapped) are
    /// refused, as a double would not keep them; within it they are stored and shown as sent.
    @Test(arguments: ["-9223372036854775808", "-9.223372036854775808e18", "9223372036854775807", "9007199254740993"])
    func customFieldNumbersPastWhatADoubleKeepsAreRefused(number: String) async throws {
        let client = try await HelpdeskTestClient()
        let refused = await client.post(
            "/tickets", json: #"{"subject":"S","customer_email":"n@example.com","custom_fields":{"n":\#(number)}}"#)
        #expect(refused.status == 400)
        #expect(
            refused.value("error", "details", "fields", "custom_fields.n")?.stringValue?.contains("exactly") == true)
        #expect(await client.get("/tickets").total == 0)
    }

    @Test(arguments: ["-9007199254740991", "9007199254740991", "-0.0", "5e-324", "-12345.678"])
    func customFieldNumbersADoubleKeepsAreStoredAndShown(number: String) async throws {
        let client = try await HelpdeskTestClient()
        let created = await client.post(
            "/tickets", json: #"{"subject":"S","customer_email":"n@example.com","custom_fields":{"n":\#(number)}}"#)
        #expect(created.status == 201, "\(created)")
        let stored = try #require(created.value("data", "custom_fields", "n"))
        #expect(stored == .number(try #require(Double(number))))
        let id = try created.string("data", "id")
        #expect(await client.get("/tickets/\(id)").value("data", "custom_fields", "n") == stored)
    }

    /// A number too small for a double, which would be stored as zero, is refused like one too large.
    @Test(arguments: ["1e-400", "-1e-400", "1e400"])
    func customFieldNumbersADoubleCannotHoldAreRefused(number: String) async throws {
        let client = try await HelpdeskTestClient()
        let refused = await client.post(
            "/tickets", json: #"{"subject":"S","customer_email":"n@example.com","custom_fields":{"n":\#(number)}}"#)
        #expect(refused.status == 400)
        #expect(refused.value("error", "message")?.stringValue?.contains("number out of range") == true)
        #expect(await client.get("/tickets").total == 0)
    }

    @Test func ticketLifecycle() async throws {
        let client = try await HelpdeskTestClient()
        let created = await client.post(
            "/tickets",
            json:
                #"{"subject":"Help needed","description":"Detailed description of the issue","customer_email":"user@example.com","priority":"medium","tags":["support"]}"#
        )
        #expect(created.status == 201)
        let id = try created.string("data", "id")
        #expect(created.header("Location") == "/api/v1/tickets/\(id)")
        #expect(created.header("ETag") != nil)
        #expect(try created.string("data", "customer", "email") == "user@example.com")
        #expect(created.value("data", "assignee") == .null)
        #expect(created.value("data", "tags") == .array([.string("support")]))

        let fetched = await client.get("/tickets/\(id)")
        #expect(fetched.status == 200)
        #expect(fetched.header("ETag") == created.header("ETag"))
        #expect(try fetched.string("data", "description") == "Detailed description of the issue")

        let listed = await client.get("/tickets?status=open&limit=25")
        #expect(listed.status == 200)
        #expect(listed.total == 1)
        #expect(listed.value("meta", "limit") == .number(25))
        #expect(listed.value("meta", "next_cursor") == .null)
        #expect(listed.value("data", "0", "description") == nil)
        #expect(listed.value("data", "0", "custom_fields") == nil)

        let patched = await client.patch("/tickets/\(id)", json: #"{"status":"pending","priority":"high"}"#)
        #expect(patched.status == 200)
        #expect(try patched.string("data", "status") == "pending")
        #expect(patched.header("ETag") != created.header("ETag"))

        let deleted = await client.delete("/tickets/\(id)")
        #expect(deleted.status == 204)
        #expect(deleted.response.body.isEmpty)
        #expect(await client.get("/tickets/\(id)").status == 404)
    }

    @Test func conversations() async throws {
        let client = try await HelpdeskTestClient()
        let ticket = try await client.post("/tickets", json: #"{"subject":"x","customer_email":"a@example.com"}"#)
            .string("data", "id")
        let reply = await client.post(
            "/conversations",
            json:
                #"{"ticket_id":"\#(ticket)","content":"Thank you for reaching out...","type":"reply","internal":false}"#
        )
        #expect(reply.status == 201)
        let replyID = try reply.string("data", "id")
        #expect(reply.header("Location") == "/api/v1/conversations/\(replyID)")
        #expect(try reply.string("data", "content_text") == "Thank you for reaching out...")
        #expect(try reply.string("data", "author", "type") == "user")
        #expect(await client.get("/conversations/\(replyID)").status == 200)
        let listed = await client.get("/conversations?ticket_id=\(ticket)&type=reply&internal=false")
        #expect(listed.total == 1)
    }

    @Test func customers() async throws {
        let client = try await HelpdeskTestClient()
        let created = await client.post(
            "/customers",
            json: #"{"email":"user@example.com","name":"John Doe","phone":"+1-555-0123","company":"Acme Inc"}"#)
        #expect(created.status == 201)
        let id = try created.string("data", "id")
        #expect(created.value("data", "ticket_count") == .number(0))
        #expect(await client.get("/customers?email=USER@example.com").total == 1)
        #expect(await client.get("/customers?search=john").total == 1)
        #expect(await client.get("/customers?phone=%2B1-555-0123").total == 1)
        let patched = await client.patch("/customers/\(id)", json: #"{"company":null}"#)
        #expect(patched.value("data", "company") == .null)
        _ = await client.post("/tickets", json: #"{"subject":"x","customer_id":"\#(id)"}"#)
        #expect(await client.get("/customers/\(id)").value("data", "ticket_count") == .number(1))
        #expect(await client.delete("/customers/\(id)").status == 409)
        #expect(await client.delete("/customers/\(id)?force=true").status == 204)
        #expect(await client.get("/tickets").total == 0)
    }

    @Test func usersAndKeys() async throws {
        let client = try await HelpdeskTestClient()
        let created = await client.post("/users", json: #"{"email":"ann@example.com","name":"Ann","role":"agent"}"#)
        #expect(created.status == 201)
        let id = try created.string("data", "id")
        #expect(created.value("data", "active") == .bool(true))
        let minted = await client.post("/users/\(id)/api_keys", json: #"{"name":"laptop"}"#)
        #expect(minted.status == 201)
        let key = try minted.string("data", "key")
        #expect(try minted.string("data", "id").hasPrefix("key_"))
        #expect(await client.get("/tickets", key: key).status == 200)
        #expect(await client.get("/users").total == 2)
        #expect(await client.patch("/users/\(id)", json: #"{"active":false}"#).status == 200)
        #expect(await client.get("/tickets", key: key).status == 401)
        let bodyless = await client.send("POST", "/users/\(id)/api_keys")
        #expect(bodyless.status == 201)
    }

    @Test func tags() async throws {
        let client = try await HelpdeskTestClient()
        let created = await client.post("/tags", json: ##"{"name":" Billing ","color":"#ff0000"}"##)
        #expect(created.status == 201)
        #expect(try created.string("data", "name") == "billing")
        let id = try created.string("data", "id")
        let ticket = try await client.post(
            "/tickets", json: #"{"subject":"x","customer_email":"a@example.com","tags":["billing"]}"#
        ).string("data", "id")
        #expect(await client.get("/tags/\(id)").value("data", "ticket_count") == .number(1))
        #expect(await client.patch("/tags/\(id)", json: #"{"name":"invoices"}"#).status == 200)
        #expect(await client.get("/tickets/\(ticket)").value("data", "tags") == .array([.string("invoices")]))
        #expect(await client.delete("/tags/\(id)").status == 204)
        #expect(await client.get("/tickets/\(ticket)").value("data", "tags") == .array([]))
        #expect(await client.get("/tags").total == 0)
    }

    @Test func articlesAndCollections() async throws {
        let client = try await HelpdeskTestClient()
        let collection = await client.post("/collections", json: #"{"name":"Accounts","description":"Logging in"}"#)
        #expect(collection.status == 201)
        let collectionID = try collection.string("data", "id")
        let article = await client.post(
            "/articles",
            json:
                #"{"title":"How to reset password","body":"Article content in markdown...","collection_id":"\#(collectionID)","status":"draft"}"#
        )
        #expect(article.status == 201)
        let articleID = try article.string("data", "id")
        #expect(article.value("data", "published_at") == .null)
        let published = await client.patch("/articles/\(articleID)", json: #"{"status":"published"}"#)
        #expect(published.value("data", "published_at")?.stringValue != nil)
        #expect(await client.get("/articles?collection_id=\(collectionID)&status=published&search=reset").total == 1)
        #expect(await client.delete("/collections/\(collectionID)").status == 409)
        #expect(
            await client.patch("/collections/\(collectionID)", json: #"{"description":null}"#).value(
                "data", "description") == .null)
        #expect(await client.delete("/articles/\(articleID)").status == 204)
        #expect(await client.delete("/collections/\(collectionID)").status == 204)
        #expect(await client.get("/collections").total == 0)
    }

    @Test func openAPIIsServedWithoutAKey() async throws {
        let client = try await HelpdeskTestClient()
        for path in ["/openapi.json", "/api/v1/openapi.json"] {
            let document = await client.get(path, key: .none)
            #expect(document.status == 200)
            #expect(document.value("openapi") == .string("3.1.0"))
        }
    }
}
