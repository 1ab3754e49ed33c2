import Helpdesk
import Testing

@Suite struct QueryParsingItemsTests {
    @Test func decodesPercentEncodingAndPlusAsSpace() throws {
        let items = try QueryItems(parsing: "a=b%20c+d&e=%2B%26%3D%25&n=%C3%A9t%C3%A9&raw=\u{E9}\u{1F600}")
        #expect(items["a"] == "b c d")
        #expect(items["e"] == "+&=%")
        #expect(Array(items["n"]?.utf8 ?? "".utf8) == Array("\u{E9}t\u{E9}".utf8))
        #expect(items["raw"] == "\u{E9}\u{1F600}")
    }

    @Test func decodesNamesToo() throws {
        let items = try QueryItems(parsing: "order%5Fby=x&a+b=1")
        #expect(items["order_by"] == "x")
        #expect(items["a b"] == "1")
        #expect(items.names == ["order_by", "a b"])
    }

    @Test func keepsTheOrderOfNames() throws {
        #expect(try QueryItems(parsing: "b=1&a=2&c=3").names == ["b", "a", "c"])
    }

    @Test func splitsAtTheFirstEqualsSign() throws {
        let items = try QueryItems(parsing: "cursor=a=b==&x==")
        #expect(items["cursor"] == "a=b==")
        #expect(items["x"] == "=")
    }

    @Test(arguments: ["", "&", "&&&", "a=1&&b=2", "&a=1&b=2&"])
    func skipsEmptyPieces(raw: String) throws {
        let items = try QueryItems(parsing: raw)
        #expect(items.names == (raw.contains("a") ? ["a", "b"] : []))
        #expect(items.isEmpty == !raw.contains("a"))
    }

    @Test func aNameWithoutEqualsSignHasAnEmptyValue() throws {
        let items = try QueryItems(parsing: "limit&x=")
        #expect(items["limit"] == "")
        #expect(items["x"] == "")
        #expect(items["other"] == nil)
    }

    @Test(arguments: [
        "v=%", "v=%z", "v=%zz", "v=%1", "v=a%g0", "v=%%41", "v=%C3", "v=%FF", "v=%C0%AF",
        "v=%ED%A0%80", "v=%F4%90%80%80", "v=ok%E2%82",
    ])
    func refusesABadValueEncodingNamingTheParameter(raw: String) {
        let error = #expect(throws: HelpdeskError.self) { try QueryItems(parsing: raw) }
        #expect(error?.code == .badRequest)
        #expect(error?.fields == ["v": "is not valid percent-encoded UTF-8"])
    }

    @Test(arguments: ["%=1", "a%zz=1", "%FF=1", "%C3"])
    func refusesABadNameEncodingNamingTheQuery(raw: String) {
        let error = #expect(throws: HelpdeskError.self) { try QueryItems(parsing: raw) }
        #expect(error?.code == .badRequest)
        #expect(error?.fields == ["query": "has a parameter name that is not valid percent-encoded UTF-8"])
    }

    @Test(arguments: ["=1", "=", "a=1&=x"])
    func refusesAParameterWithNoName(raw: String) {
        let error = #expect(throws: HelpdeskError.self) { try QueryItems(parsing: raw) }
        #expect(error?.fields == ["query": "has a parameter with no name"])
    }

    @Test(arguments: ["status=open&status=closed", "a=1&status=x&status=x", "status&status", "status=1&st%61tus=2"])
    func refusesAParameterGivenTwice(raw: String) {
        let error = #expect(throws: HelpdeskError.self) { try QueryItems(parsing: raw) }
        #expect(error?.code == .badRequest)
        #expect(error?.fields["status"]?.contains("more than once") == true)
        #expect(error?.message.contains("status") == true)
    }

    @Test func collectsEveryProblemOfTheString() {
        let error = #expect(throws: HelpdeskError.self) { try QueryItems(parsing: "a=%zz&b=1&b=2&=3&c=ok") }
        #expect(error.map { Set($0.fields.keys) } == ["a", "b", "query"])
    }

    @Test func takesDecodedPairs() throws {
        let items = try QueryItems([("limit", "5"), ("search", "a+b %zz")])
        #expect(items.names == ["limit", "search"])
        #expect(items["search"] == "a+b %zz")
        #expect(try QueryItems([]).isEmpty)
        #expect(QueryItems().isEmpty)
    }

    @Test func refusesDuplicateOrNamelessPairs() {
        let twice = #expect(throws: HelpdeskError.self) { try QueryItems([("a", "1"), ("a", "2")]) }
        #expect(twice?.fields.keys.first == "a")
        let nameless = #expect(throws: HelpdeskError.self) { try QueryItems([("", "1")]) }
        #expect(nameless?.fields.keys.first == "query")
    }

    @Test func neverTrapsOnRandomInput() {
        var generator = SeededGenerator(seed: 0x5EED)
        let alphabet = Array("%&=+,;?#aZ09fF_.~ \u{0}\u{E9}")
        var parsedCount = 0
        for round in 0..<3000 {
            let raw = randomText(Int.random(in: 0..<24, using: &generator), from: alphabet, using: &generator)
            do throws(HelpdeskError) {
                let items = try QueryItems(parsing: raw)
                parsedCount += 1
                #expect(Set(items.names).count == items.names.count)
                #expect(!items.names.contains(""))
                do throws(HelpdeskError) {
                    try Self.parseList(round % 5, items)
                } catch {
                    #expect(error.code == .badRequest && !error.fields.isEmpty)
                }
            } catch {
                #expect(error.code == .badRequest && !error.fields.isEmpty, "\(raw)")
            }
        }
        #expect(parsedCount > 100)
    }

    @Test func roundTripsPercentEncodedText() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<500 {
            let text = randomText(Int.random(in: 1..<20, using: &generator), from: Array("a%+&= "), using: &generator)
            let items = try QueryItems(parsing: "x=" + percentEncoded(text))
            #expect(Array(items["x"]?.utf8 ?? "".utf8) == Array(text.utf8))
        }
    }

    static let parameters = [
        "status", "priority", "assignee_id", "customer_id", "unassigned", "tags", "search", "order_by", "order_dir",
        "limit", "cursor", "email", "phone", "ticket_id", "type", "internal", "collection_id",
    ]

    @Test(arguments: 0..<5)
    func refusesOrAcceptsRandomValuesOfEveryParameter(list: Int) throws {
        var generator = SeededGenerator(seed: UInt64(list))
        let alphabet = Array("%,+ _-:.TZ0123456789tkcusr_openidngtruefalsascdeUSER")
        var accepted = 0
        for name in Self.parameters {
            for _ in 0..<200 {
                let value = randomText(Int.random(in: 0..<16, using: &generator), from: alphabet, using: &generator)
                guard let items = try? QueryItems([(name, value)]) else { continue }
                do throws(HelpdeskError) {
                    try Self.parseList(list, items)
                    accepted += 1
                } catch {
                    #expect(error.code == .badRequest)
                    #expect(Array(error.fields.keys) == [name], "\(name)=\(value): \(error)")
                }
            }
        }
        #expect(accepted > 0)
    }

    /// Parses `items` as the query of list number `list` (0…4: tickets, customers, conversations, articles, records).
    private static func parseList(_ list: Int, _ items: QueryItems) throws(HelpdeskError) {
        switch list {
        case 0: _ = try TicketQuery(queryItems: items)
        case 1: _ = try CustomerQuery(queryItems: items)
        case 2: _ = try ConversationQuery(queryItems: items)
        case 3: _ = try ArticleQuery(queryItems: items)
        default: _ = try RecordQuery(queryItems: items)
        }
    }
}
