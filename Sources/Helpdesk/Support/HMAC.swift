/// HMAC-SHA256 (RFC 2104), over ``SHA256``: what signs webhook deliveries.
public enum HMACSHA256 {
    /// The 32-byte authentication code of `message` under `key`.
    public static func authenticationCode(
        for message: some Collection<UInt8>, key: some Collection<UInt8>
    ) -> [UInt8] {
        let blockSize = 64
        var block = key.count > blockSize ? SHA256.hash(key) : Array(key)
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        let inner = SHA256.hash(block.map { $0 ^ 0x36 } + Array(message))
        return SHA256.hash(block.map { $0 ^ 0x5c } + inner)
    }

    /// The code of `message`'s UTF-8 under `key`'s UTF-8, as 64 lower-case hex digits.
    public static func hexCode(for message: String, key: String) -> String {
        SHA256.hex(authenticationCode(for: Array(message.utf8), key: Array(key.utf8)))
    }
}
