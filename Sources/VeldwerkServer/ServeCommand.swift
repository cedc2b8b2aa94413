import Foundation
import NIOCore
import NIOPosix
import VeldwerkCommands
import VeldwerkCore
import VeldwerkStore

/// What `veldwerk serve` does, in the program that carries the web server.
extension ServeCommand {
    /// Runs until the server stops; returns the exit status.
    public func start() -> Int32 {
        guard let language = PageLanguage(rawValue: lang) else {
            FileHandle.standardError.write(Data("error: --lang takes nl or en\n".utf8))
            return 1
        }
        guard (0...65_535).contains(port) else {
            FileHandle.standardError.write(Data("error: --port takes a number from 0 to 65535\n".utf8))
            return 1
        }
        let store: ProjectStore
        do {
            store = try ProjectStore.open(folder: dir)
        } catch let error as VeldwerkError {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            return 1
        } catch {
            FileHandle.standardError.write(Data("error: \(ErrorWording.message(for: error))\n".utf8))
            return 1
        }
        let host = lan ? "0.0.0.0" : "127.0.0.1"
        let server = PageServer(store: store, language: language)
        let folder = dir
        let app = server.application(host: host, port: port) { host, port in
            let shown = host == "0.0.0.0" ? (ServeCommand.lanAddress() ?? host) : host
            let url = "http://\(shown):\(port)"
            try? store.announceServer(url: url)
            // Written straight to the descriptor: a script reading this line must get it now.
            FileHandle.standardOutput.write(Data("serving \(folder) at \(url)  (Ctrl-C stops)\n".utf8))
        }
        let status = LockedStatus()
        let done = DispatchSemaphore(value: 0)
        let port = self.port
        Task {
            do {
                try await app.runService()
            } catch {
                FileHandle.standardError.write(Data("error: cannot serve on \(host):\(port) (\(error)); is the port in use? choose another with --port\n".utf8))
                status.set(1)
            }
            done.signal()
        }
        done.wait()
        try? store.withdrawServer()
        return status.value
    }

    /// The first IPv4 address of this computer on a network, for the links phones open.
    static func lanAddress() -> String? {
        guard let devices = try? System.enumerateInterfaces() else { return nil }
        for device in devices {
            if case .v4 = device.address, let ip = device.address.ipAddress, !ip.hasPrefix("127.") { return ip }
        }
        return nil
    }
}

final class LockedStatus: @unchecked Sendable {
    private let lock = NSLock()
    private var code: Int32 = 0
    func set(_ value: Int32) { lock.lock(); code = value; lock.unlock() }
    var value: Int32 { lock.lock(); defer { lock.unlock() }; return code }
}
