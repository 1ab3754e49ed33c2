import Foundation
import Helpdesk
import HelpdeskServer
import Testing

/// `StoreChoice.withStore(openingTimeout:_:)`: the store is open while the body runs.
@Suite struct StoreOpeningTests {
    @Test func sqliteKeepsWhatTheBodyWrote() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let choice = ServerOptions.StoreChoice.sqlite(path: directory.appendingPathComponent("h.sqlite").path)
        let key = "store-opening-test-key-0001"
        let first = try await choice.withStore { store in
            try await ServerHelpdesk(store: store, apiKey: key, demoData: true).admin.id
        }
        let (second, tickets) = try await choice.withStore { store in
            let helpdesk = try await ServerHelpdesk(store: store, apiKey: key, demoData: true)
            return (helpdesk.admin.id, try await HelpdeskService(store: store).tickets(TicketQuery()).total)
        }
        #expect(second == first)
        #expect(tickets == 5)
    }

    @Test func aFileThatCannotBeOpenedIsAnOpeningError() async throws {
        let choice = ServerOptions.StoreChoice.sqlite(path: "/nonexistent-directory/helpdesk.sqlite")
        let error = await #expect(throws: StoreOpeningError.self) { try await choice.withStore { _ in } }
        #expect(error?.description.hasPrefix("cannot open sqlite:/nonexistent-directory/helpdesk.sqlite") == true)
    }

    @Test func anUnreachableDatabaseIsGivenUpOn() async throws {
        let choice = ServerOptions.StoreChoice.postgres(url: "postgres://helpdesk:secret@127.0.0.1:1/helpdesk")
        let error = await #expect(throws: StoreOpeningError.self) {
            try await choice.withStore(openingTimeout: .milliseconds(300)) { _ in }
        }
        #expect(error?.description.hasPrefix("cannot open postgres://helpdesk:***@127.0.0.1:1/helpdesk") == true)
        #expect(error?.description.contains("secret") == false)
    }

    @Test func whatTheBodyThrowsComesOutAsItIs() async throws {
        struct Expected: Error {}
        await #expect(throws: Expected.self) {
            try await ServerOptions.StoreChoice.memory.withStore { _ in throw Expected() }
        }
    }
}
