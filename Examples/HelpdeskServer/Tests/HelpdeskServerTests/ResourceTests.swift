import HTTPTypes
import Helpdesk
import HummingbirdTesting
import NIOCore
import Testing

/// A representative path of every resource, over a real socket.
@Suite struct ResourceTests {
    @Test func ticketLifecycle() async throws {
        try await LiveServer.run { client in
            let created = try await client.post(
                "/tickets", json: #"{"subject":"Help needed","customer_email":"user@example.com","tags":["support"]}"#)
            #expect(created.status == .created)
            let id = try created.data("id")
            #expect(created.header("Location") == "/api/v1/tickets/\(id)")
            #expect(created.header("Content-Type") == "application/json")

            let fetched = try await client.get("/tickets/\(id)")
            #expect(fetched.status == .ok)
            #expect(try fetched.data("customer", "email") == "user@example.com")
            #expect(fetched.header("ETag") == created.header("ETag"))

            let listed = try await client.get("/tickets?status=open")
            #expect(listed.total == 1)

            let patched = try await client.patch("/tickets/\(id)", json: #"{"status":"pending","priority":"high"}"#)
            #expect(patched.status == .ok)
            #expect(try patched.data("status") == "pending")

            let deleted = try await client.delete("/tickets/\(id)")
            #expect(deleted.status == .noContent)
            #expect(deleted.body.readableBytes == 0)
            #expect(try await client.get("/tickets/\(id)").status == .notFound)
        }
    }

    @Test func conversation() async throws {
        try await LiveServer.run { client in
            let ticket = try await client.post("/tickets", json: #"{"subject":"x","customer_email":"a@example.com"}"#)
                .data("id")
            let note = try await client.post(
                "/conversations", json: #"{"ticket_id":"\#(ticket)","content":"<b>Seen</b> it","type":"note"}"#)
            #expect(note.status == .created)
            #expect(try note.data("content_text") == "Seen it")
            #expect(note.value("data", "internal") == .bool(true))
            let id = try note.data("id")
            #expect(try await client.get("/conversations/\(id)").status == .ok)
            #expect(try await client.get("/conversations?ticket_id=\(ticket)&type=note").total == 1)
        }
    }

    /// A resource's create body, a change to it, and the field that change shows in.
    struct CRUDCase: Sendable, CustomTestStringConvertible {
        var collection: String
        var create: String
        var update: String
        var field: String
        var updated: String
        var testDescription: String { collection }
    }

    static let crudCases = [
        CRUDCase(
            collection: "customers", create: #"{"email":"jo@example.com","name":"Jo"}"#,
            update: #"{"company":"Acme"}"#, field: "company", updated: "Acme"),
        CRUDCase(
            collection: "tags", create: ##"{"name":"Billing","color":"#ff0000"}"##,
            update: #"{"name":"Invoices"}"#, field: "name", updated: "invoices"),
        CRUDCase(
            collection: "collections", create: #"{"name":"FAQ"}"#,
            update: #"{"description":"Questions"}"#, field: "description", updated: "Questions"),
        CRUDCase(
            collection: "articles", create: #"{"title":"Refunds","body":"*Soon*"}"#,
            update: #"{"status":"published"}"#, field: "status", updated: "published"),
    ]

    @Test(arguments: crudCases) func createGetListPatchDelete(_ crud: CRUDCase) async throws {
        try await LiveServer.run { client in
            let created = try await client.post("/\(crud.collection)", json: crud.create)
            #expect(created.status == .created)
            let id = try created.data("id")
            #expect(created.header("Location") == "/api/v1/\(crud.collection)/\(id)")
            #expect(try await client.get("/\(crud.collection)/\(id)").data("id") == id)
            #expect(try await client.get("/\(crud.collection)").total == 1)
            let patched = try await client.patch("/\(crud.collection)/\(id)", json: crud.update)
            #expect(patched.status == .ok)
            #expect(try patched.data(crud.field) == crud.updated)
            #expect(try await client.delete("/\(crud.collection)/\(id)").status == .noContent)
            #expect(try await client.get("/\(crud.collection)/\(id)").errorCode == "NOT_FOUND")
        }
    }

    @Test func articleInCollection() async throws {
        try await LiveServer.run { client in
            let collection = try await client.post("/collections", json: #"{"name":"Billing"}"#).data("id")
            let article = try await client.post(
                "/articles", json: #"{"title":"Refunds","collection_id":"\#(collection)","status":"published"}"#)
            #expect(try article.data("collection_id") == collection)
            #expect(article.value("data", "published_at")?.stringValue != nil)
            #expect(try await client.delete("/collections/\(collection)").status == .conflict)
        }
    }

    @Test func usersList() async throws {
        try await LiveServer.run { client in
            let users = try await client.get("/users")
            #expect(users.status == .ok)
            #expect(users.total == 1)
            #expect(users.value("data", "0", "role") == .string("admin"))
        }
    }
}
