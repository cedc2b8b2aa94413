import Hummingbird
import NIOCore

/// Each request's context: who is asking (for slowing down repeated bad codes) and how much
/// body it may send. Forms here are small; anything bigger is refused before it is read.
public struct PageContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The largest request body accepted: a vote or a comment is far smaller.
    public var maxUploadSize: Int { PageLimits.body }

    /// A key for the client, for counting its bad attempts.
    var client: String { remoteAddress?.ipAddress ?? "local" }
}

enum PageLimits {
    static let body = 16 * 1024
    /// A comment's text, in characters.
    static let comment = 4_000
}
