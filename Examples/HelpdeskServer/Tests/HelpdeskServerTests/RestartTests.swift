import Helpdesk
import HelpdeskServer
import Testing

/// Starting again on a store that outlives the server: one store value shared by several starts.
@Suite struct RestartTests {
    static let key = "restart-test-admin-key-0001"

    @Test func theSameKeyAgainKeepsTheAdmin() async throws {
        let store = InMemoryStore()
        let first = try await ServerHelpdesk(store: store, apiKey: Self.key)
        let second = try await ServerHelpdesk(store: store, apiKey: Self.key)
        #expect(second.admin.id == first.admin.id)
        #expect(second.adminKey == first.adminKey)
        #expect(try await HelpdeskService(store: store).users(RecordQuery()).total == 1)
    }

    @Test func anotherKeyOrNoneIsIssuedToTheSameAdmin() async throws {
        let store = InMemoryStore()
        let first = try await ServerHelpdesk(store: store, apiKey: Self.key)
        let second = try await ServerHelpdesk(store: store, apiKey: "another-admin-key-0123456789")
        let third = try await ServerHelpdesk(store: store)
        #expect(second.admin.id == first.admin.id)
        #expect(third.admin.id == first.admin.id)
        #expect(Set([first.adminKey.id, second.adminKey.id, third.adminKey.id]).count == 3)
        let service = HelpdeskService(store: store)
        for key in [Self.key, second.adminKey.key, third.adminKey.key] {
            #expect(try await service.authenticate(key: key) == .user(first.admin))
        }
        #expect(try await service.users(RecordQuery()).total == 1)
    }

    @Test func demoDataOnlyIntoAStoreWithoutTickets() async throws {
        let store = InMemoryStore()
        let first = try await ServerHelpdesk(store: store, apiKey: Self.key, demoData: true)
        let second = try await ServerHelpdesk(store: store, apiKey: Self.key, demoData: true)
        #expect(first.loadedDemoData)
        #expect(!second.loadedDemoData)
        #expect(try await HelpdeskService(store: store).tickets(TicketQuery()).total == 5)
    }

    @Test func aKeyOfSomeoneElseIsRefused() async throws {
        let store = InMemoryStore()
        let helpdesk = try await ServerHelpdesk(store: store, apiKey: Self.key)
        let service = HelpdeskService(store: store)
        let agent = try await service.createUser(
            UserCreate(email: "agent@example.com", name: "Agent", role: .agent), by: .user(helpdesk.admin.id))
        let agentKey = try await service.createAPIKey(for: .user(agent.id), by: .user(helpdesk.admin.id)).key
        let error = await #expect(throws: HelpdeskError.self) {
            try await ServerHelpdesk(store: store, apiKey: agentKey)
        }
        #expect(error?.code == .forbidden)
        let invalid = await #expect(throws: HelpdeskError.self) {
            try await ServerHelpdesk(store: store, apiKey: "short")
        }
        #expect(invalid?.code == .badRequest)
    }

    @Test func startsAtTheSameTimeShareOneAdmin() async throws {
        let store = InMemoryStore()
        let admins = try await withThrowingTaskGroup(of: UserID.self) { group in
            for _ in 0..<4 {
                group.addTask { try await ServerHelpdesk(store: store, apiKey: Self.key).admin.id }
            }
            return try await group.reduce(into: Set<UserID>()) { $0.insert($1) }
        }
        #expect(admins.count == 1)
        #expect(try await HelpdeskService(store: store).users(RecordQuery()).total == 1)
    }
}
