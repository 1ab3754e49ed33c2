import Testing

@testable import Helpdesk

@Suite struct SecretGeneratorTests {
    @Test func incrementingIsPredictable() {
        let secrets = SecretGenerator.incrementing()
        #expect([secrets.newKey(), secrets.newKey()] == ["hdk_secret000001", "hdk_secret000002"])
        #expect(SecretGenerator.incrementing().newKey() == "hdk_secret000001")
    }

    @Test func liveKeysAre256BitsOfBase64URL() {
        let keys = (0..<50).map { _ in SecretGenerator.live.newKey() }
        #expect(Set(keys).count == keys.count)
        for key in keys {
            #expect(key.hasPrefix("hdk_"))
            let secret = key.utf8.dropFirst(4)
            #expect(secret.count == 43)
            #expect(secret.allSatisfy(isURLSafe))
        }
    }
}
