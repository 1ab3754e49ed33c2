/// A deterministic store-full of records for the query checks: many rows share
/// a timestamp, a priority or a name, ids vary in length and case, and text
/// mixes case and diacritics.
///
/// The checks load it into a fresh store, ask the store, and compare every
/// answer with one computed here from the same records.
struct Dataset: Sendable {
    var users: [User] = []
    var customers: [Customer] = []
    var tags: [Tag] = []
    var tickets: [TicketRecord] = []
    var conversations: [Conversation] = []
    var collections: [ArticleCollection] = []
    var articles: [Article] = []

    /// The data set every query check uses.
    static let standard = Dataset(seed: 0x5EED_2024)

    /// Loads the data set into `store`, one change set per kind of record.
    func load(into store: any HelpdeskStore) async throws {
        try await store.apply(
            ChangeSet(
                users.map(Mutation.insertUser) + customers.map(Mutation.insertCustomer) + tags.map(Mutation.insertTag)
                    + collections.map(Mutation.insertCollection)))
        try await store.apply(ChangeSet(tickets.map(Mutation.insertTicket)))
        try await store.apply(ChangeSet(conversations.map(Mutation.insertConversation)))
        try await store.apply(ChangeSet(articles.map(Mutation.insertArticle)))
    }

    /// The ticket with `id`.
    func ticket(_ id: TicketID) -> TicketRecord? {
        tickets.first { $0.id == id }
    }
}
