/// Ticket ids: `tkt_…`.
public enum TicketKind: ResourceKind {
    public static let prefix = "tkt_"
    public static let displayName = "Ticket"
}

/// Conversation ids: `conv_…`.
public enum ConversationKind: ResourceKind {
    public static let prefix = "conv_"
    public static let displayName = "Conversation"
}

/// Customer ids: `cust_…`.
public enum CustomerKind: ResourceKind {
    public static let prefix = "cust_"
    public static let displayName = "Customer"
}

/// User (agent) ids: `user_…`.
public enum UserKind: ResourceKind {
    public static let prefix = "user_"
    public static let displayName = "User"
}

/// Tag ids: `tag_…`.
public enum TagKind: ResourceKind {
    public static let prefix = "tag_"
    public static let displayName = "Tag"
}

/// Article ids: `art_…`.
public enum ArticleKind: ResourceKind {
    public static let prefix = "art_"
    public static let displayName = "Article"
}

/// Collection ids: `col_…`.
public enum CollectionKind: ResourceKind {
    public static let prefix = "col_"
    public static let displayName = "Collection"
}

/// API key ids: `key_…`.
public enum APIKeyKind: ResourceKind {
    public static let prefix = "key_"
    public static let displayName = "API key"
}

/// The id of a ticket.
public typealias TicketID = ResourceID<TicketKind>
/// The id of a conversation entry.
public typealias ConversationID = ResourceID<ConversationKind>
/// The id of a customer.
public typealias CustomerID = ResourceID<CustomerKind>
/// The id of a user (agent).
public typealias UserID = ResourceID<UserKind>
/// The id of a tag.
public typealias TagID = ResourceID<TagKind>
/// The id of a knowledge-base article.
public typealias ArticleID = ResourceID<ArticleKind>
/// The id of a knowledge-base collection.
public typealias CollectionID = ResourceID<CollectionKind>
/// The id of an API key.
public typealias APIKeyID = ResourceID<APIKeyKind>

/// Webhook subscription ids: `whk_…`.
public enum WebhookKind: ResourceKind {
    public static let prefix = "whk_"
    public static let displayName = "Webhook"
}

/// Webhook delivery ids: `dlv_…`.
public enum DeliveryKind: ResourceKind {
    public static let prefix = "dlv_"
    public static let displayName = "Delivery"
}

/// Event ids: `evt_…`.
public enum EventKind: ResourceKind {
    public static let prefix = "evt_"
    public static let displayName = "Event"
}

/// The id of a webhook subscription.
public typealias WebhookID = ResourceID<WebhookKind>
/// The id of one delivery of an event to a webhook.
public typealias DeliveryID = ResourceID<DeliveryKind>
/// The id of an event.
public typealias EventID = ResourceID<EventKind>
