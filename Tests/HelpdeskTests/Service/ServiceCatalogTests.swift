import Foundation
import Helpdesk
import Testing

/// Tags, collections and articles.
@Suite struct ServiceCatalogTests {
    @Test func renamingATagRenamesItOnEveryTicket() async throws {
        let fixture = try await ServiceFixture()
        let first = try await fixture.ticket(tags: ["billing", "vip"])
        let second = try await fixture.ticket(tags: ["billing"])
        let billing = try #require(try await fixture.service.tags(RecordQuery()).items.first { $0.name == "billing" })
        let renamed = try await fixture.service.updateTag(
            billing.id, TagUpdate(name: " Invoices ", color: "#FF0000"), by: .system)
        #expect(renamed.name == "invoices")
        #expect(renamed.color == "#ff0000")
        #expect(renamed.ticketCount == 2)
        #expect(try await fixture.service.ticket(first.id).tags == ["invoices", "vip"])
        #expect(try await fixture.service.ticket(second.id).tags == ["invoices"])
        #expect(try await fixture.service.tickets(TicketQuery().filter(tags: ["billing"])).total == 0)
        #expect(try await fixture.service.tickets(TicketQuery().filter(tags: ["invoices"])).total == 2)
    }

    @Test func renamingOntoATakenNameIsAConflict() async throws {
        let fixture = try await ServiceFixture()
        let a = try await fixture.service.createTag(TagCreate(name: "a"), by: .system)
        _ = try await fixture.service.createTag(TagCreate(name: "b"), by: .system)
        await expectHelpdeskError(.conflict) {
            _ = try await fixture.service.createTag(TagCreate(name: " B "), by: .system)
        }
        await expectHelpdeskError(.conflict) {
            _ = try await fixture.service.updateTag(a.id, TagUpdate(name: "b"), by: .system)
        }
    }

    @Test func deletingATagTakesItOffEveryTicket() async throws {
        let fixture = try await ServiceFixture()
        let ticket = try await fixture.ticket(tags: ["x", "y"])
        let x = try #require(try await fixture.service.tags(RecordQuery()).items.first { $0.name == "x" })
        try await fixture.service.deleteTag(x.id, by: .system)
        #expect(try await fixture.service.ticket(ticket.id).tags == ["y"])
        await expectHelpdeskError(.notFound) { _ = try await fixture.service.tag(x.id) }
    }

    @Test func publishingSetsPublishedAt() async throws {
        let fixture = try await ServiceFixture()
        let draft = try await fixture.service.createArticle(ArticleCreate(title: "Reset", body: "# Steps"), by: .system)
        #expect(draft.status == .draft)
        #expect(draft.publishedAt == nil)
        let published = try await fixture.service.updateArticle(
            draft.id, ArticleUpdate(status: .published), by: .system)
        #expect(published.publishedAt == published.updatedAt)
        let direct = try await fixture.service.createArticle(
            ArticleCreate(title: "Live", status: .published), by: .system)
        #expect(direct.publishedAt == direct.createdAt)
    }

    @Test func articleSearchFollowsEveryWrite() async throws {
        let fixture = try await ServiceFixture()
        func found(_ text: String) async throws -> Int {
            try await fixture.service.articles(ArticleQuery().matching(try #require(SearchText(text)))).total
        }
        let article = try await fixture.service.createArticle(
            ArticleCreate(title: "Αθήνα guide", body: "Refunds take a week"), by: .system)
        #expect(try await found("αθηνα refund") == 1)
        _ = try await fixture.service.updateArticle(article.id, ArticleUpdate(body: "Exchanges only"), by: .system)
        #expect(try await found("refund") == 0)
        #expect(try await found("ΑΘΗΝΑ exch") == 1)
        _ = try await fixture.service.updateArticle(article.id, ArticleUpdate(title: "Paris"), by: .system)
        #expect(try await found("athens") == 0)
        #expect(try await found("αθηνα") == 0)
        #expect(try await found("paris exchanges") == 1)
        try await fixture.service.deleteArticle(article.id, by: .system)
        #expect(try await found("paris") == 0)
    }

    @Test func articlesNeedAnExistingCollection() async throws {
        let fixture = try await ServiceFixture()
        let ghost = try #require(CollectionID(rawValue: "col_ghost"))
        let error = await expectHelpdeskError(.badRequest) {
            _ = try await fixture.service.createArticle(ArticleCreate(title: "x", collectionID: ghost), by: .system)
        }
        #expect(error?.fields["collection_id"] == "does not exist")
    }

    @Test func aCollectionHoldingArticlesCannotBeDeleted() async throws {
        let fixture = try await ServiceFixture()
        let collection = try await fixture.service.createCollection(CollectionCreate(name: "Billing"), by: .system)
        let article = try await fixture.service.createArticle(
            ArticleCreate(title: "Refunds", collectionID: collection.id), by: .system)
        let refusal = await expectHelpdeskError(.conflict) {
            try await fixture.service.deleteCollection(collection.id, by: .system)
        }
        #expect(refusal?.message == "Cannot delete: the collection holds 1 article")
        #expect(StorageError.collectionHolds(articles: 2) == .hasDependents("the collection holds 2 articles"))
        let moved = try await fixture.service.updateArticle(article.id, ArticleUpdate(collection: .clear), by: .system)
        #expect(moved.collectionID == nil)
        try await fixture.service.deleteCollection(collection.id, by: .system)
        await expectHelpdeskError(.notFound) { _ = try await fixture.service.collection(collection.id) }
    }

    @Test func articleSearchMatchesTitleAndBody() async throws {
        let fixture = try await ServiceFixture()
        _ = try await fixture.service.createArticle(
            ArticleCreate(title: "Reset your password", body: "Open settings"), by: .system)
        _ = try await fixture.service.createArticle(
            ArticleCreate(title: "Billing", body: "Invoices explained"), by: .system)
        let found = try await fixture.service.articles(ArticleQuery().matching(try #require(SearchText("sett"))))
        #expect(found.items.map(\.title) == ["Reset your password"])
    }
}
