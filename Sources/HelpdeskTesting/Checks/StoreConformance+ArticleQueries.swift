extension StoreConformance {
    /// ``ArticleQuery``: collections, statuses and search on title and body;
    /// newest first by default, both directions walked page by page; bare-timestamp cursors.
    public static let articleQueries = Check(
        "article queries",
        [
            .onDataset("filters and search match the reference", articleFilters),
            .onDataset("both directions walk, newest first by default", articleWalks),
        ])

    private static func articleFilters(_ context: CheckContext, _ data: Dataset) async throws {
        let collections = data.collections.map(\.id)
        let all = ArticleQuery()
        var cases: [(String, ArticleQuery, Bool)] = [
            ("no filter", all, true), ("collection 1", all.filter(collection: [collections[0]]), true),
            ("collections 2 and 3", all.filter(collection: [collections[1], collections[2]]), true),
            ("no collection", all.filter(collection: []), false),
            ("an unknown collection", all.filter(collection: [Fixture.collectionID(999)]), false),
            ("no status", all.filter(status: []), false),
            (
                "published in two collections",
                all.filter(status: [.published]).filter(collection: Set(collections.prefix(2))), true
            ),
            ("drafts about refunds", all.filter(status: [.draft]).matching(SearchText("refund")!), true),
            ("search \"zzyzx\"", all.matching(SearchText("zzyzx")!), false),
        ]
        cases += ArticleStatus.allCases.map { ("status \($0)", all.filter(status: [$0]), true) }
        cases += ["cafe", "RÉSUMÉ", "print", "ecole export", "Übersicht"].map {
            ("search \"\($0)\"", all.matching(SearchText($0)!), true)
        }
        for (name, query, matchesSome) in cases {
            let expected = data.articles.filter(query.matches)
            context.expectEqual(!expected.isEmpty, matchesSome, "the data set has articles for \(name) or not")
            try await context.expectWalk(
                name,
                expected: ReferenceOrder.byCreation(expected, .descending, createdAt: \.createdAt, id: \.id.rawValue)
                    .map(\.id.rawValue), limit: 100, id: \.id.rawValue
            ) { try await context.store.articles(query.limit(100).after($0)) }
        }
    }

    private static func articleWalks(_ context: CheckContext, _ data: Dataset) async throws {
        for direction in [SortDirection.descending, .ascending] {
            let query = modified(ArticleQuery()) { $0.sort = Sort(.createdAt, direction) }
            let rows = ReferenceOrder.byCreation(data.articles, direction, createdAt: \.createdAt, id: \.id.rawValue)
            let what = "articles \(direction == .descending ? "in the default order" : "oldest first")"
            try await context.expectWalk(what, expected: rows.map(\.id.rawValue), limit: 6, id: \.id.rawValue) {
                try await context.store.articles(query.limit(6).after($0))
            }
            try await context.expectTimestampWalks(what, rows: rows, direction, time: \.createdAt, id: \.id.rawValue) {
                try await context.store.articles(query.limit(9).after($0))
            }
        }
    }
}
