import Testing

@testable import Helpdesk

@Suite struct HMACTests {
    /// The HMAC-SHA-256 test cases of RFC 4231 §4.2–4.8 (case 5's output is truncated to 128 bits there).
    static let vectors: [(key: [UInt8], data: [UInt8], code: String)] = [
        (
            bytes(0x0b, count: 20), Array("Hi There".utf8),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        ),
        (
            Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        ),
        (
            bytes(0xaa, count: 20), bytes(0xdd, count: 50),
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
        ),
        (
            Array(1...25), bytes(0xcd, count: 50),
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
        ),
        (
            bytes(0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        ),
        (
            bytes(0xaa, count: 131),
            Array(
                "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."
                    .utf8),
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        ),
    ]

    @Test(arguments: vectors.indices)
    func matchesRFC4231(index: Int) {
        let vector = Self.vectors[index]
        #expect(SHA256.hex(HMACSHA256.authenticationCode(for: vector.data, key: vector.key)) == vector.code)
    }

    @Test func truncatedCaseFive() {
        let code = HMACSHA256.authenticationCode(
            for: Array("Test With Truncation".utf8), key: Self.bytes(0x0c, count: 20))
        #expect(SHA256.hex(Array(code.prefix(16))) == "a3b6167473100ee06e0c796c2955552b")
    }

    @Test func keyOfExactlyOneBlockIsNotHashed() {
        let key = Self.bytes(0x01, count: 64)
        let hashedKey = SHA256.hash(key)
        #expect(
            HMACSHA256.authenticationCode(for: [1, 2, 3], key: key)
                != HMACSHA256.authenticationCode(for: [1, 2, 3], key: hashedKey))
        #expect(
            HMACSHA256.hexCode(for: "abc", key: "k")
                == SHA256.hex(HMACSHA256.authenticationCode(for: Array("abc".utf8), key: Array("k".utf8))))
    }

    private static func bytes(_ value: UInt8, count: Int) -> [UInt8] { [UInt8](repeating: value, count: count) }
}
