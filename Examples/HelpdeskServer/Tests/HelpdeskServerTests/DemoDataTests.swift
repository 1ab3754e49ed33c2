import Helpdesk
import Testing

/// `--demo-data` fills every resource.
@Suite struct DemoDataTests {
    @Test func everyResourceHasRecords() async throws {
        try await LiveServer.run(demoData: true) { client in
            let expected = [
                "/tickets": 5, "/customers": 3, "/users": 4, "/tags": 3, "/collections": 2, "/articles": 3,
            ]
            for (path, total) in expected {
                #expect(try await client.get(path).total == total, "\(path)")
            }
            let ticket = try #require(try await client.get("/tickets?order_by=created_at&order_dir=asc").items.first)
            let id = try #require(ticket.objectValue?["id"]?.stringValue)
            #expect(try await client.get("/conversations?ticket_id=\(id)").total ?? 0 >= 3)
            #expect(try await client.get("/tickets?status=solved").total == 1)
        }
    }
}
