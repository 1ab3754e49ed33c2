#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Records that the checks build directly, by number: `Fixture.customer(3)`
/// is always the same customer, with id `cust_X3`.
enum Fixture {
    /// The `n`-th id of a kind. Suffixes vary in length and case (`1`, `a2`,
    /// `X3`, `4` …) so that the checks see ids ordered by their bytes, not as
    /// numbers or by a locale's collation.
    static func id<Kind: ResourceKind>(_ n: Int) -> ResourceID<Kind> {
        ResourceID(rawValue: Kind.prefix + ["", "a", "X"][n % 3] + String(n))!
    }

    static func ticketID(_ n: Int) -> TicketID { id(n) }
    static func conversationID(_ n: Int) -> ConversationID { id(n) }
    static func customerID(_ n: Int) -> CustomerID { id(n) }
    static func userID(_ n: Int) -> UserID { id(n) }
    static func tagID(_ n: Int) -> TagID { id(n) }
    static func collectionID(_ n: Int) -> CollectionID { id(n) }
    static func articleID(_ n: Int) -> ArticleID { id(n) }
    static func apiKeyID(_ n: Int) -> APIKeyID { id(n) }

    /// 2023-11-14T22:13:20Z, the time every fixture counts from.
    static let epochMilliseconds: Int64 = 1_700_000_000_000

    /// `seconds` (and `milliseconds`) after the fixtures' epoch.
    static func date(_ seconds: Int, milliseconds: Int = 0) -> Date {
        Date(millisecondsSince1970: epochMilliseconds + Int64(seconds) * 1000 + Int64(milliseconds))
    }

    /// `minutes` after `date`.
    static func date(_ date: Date, plusMinutes minutes: Int) -> Date {
        Date(millisecondsSince1970: date.millisecondsSince1970 + Int64(minutes) * 60_000)
    }
}
