import Foundation
import SozuClient
import SozuConsoleEngine
import Testing

@Suite("Confirmation as a question in the model", .serialized)
struct ConfirmationTests {
    @Test("a destructive request waits on the model's question; yes sends it, no does not")
    func questionInTheModel() async throws {
        let harness = try await Harness.start()
        let session = harness.session
        _ = try await harness.finished("cluster add -i api --load-balancing-policy random")
        let refused = Task { await session.execute("cluster remove -i api", confirmation: .question) }
        try await harness.waitFor("the question") { $0.question != nil }
        let question = try #require(harness.session.store.snapshot().question)
        #expect(question.text == "cluster remove -i api: destructive — send it? [y/N]")
        await session.answer(question.id, yes: false)
        guard case .refused(let reason)? = await refused.value.first else { Issue.record("not refused"); return }
        #expect(reason == "'cluster remove' not sent")
        #expect(session.store.snapshot().question == nil)
        #expect(session.store.snapshot().requests.count == 1)
        let sent = Task { await session.execute("cluster remove -i api", confirmation: .question) }
        try await harness.waitFor("the second question") { $0.question != nil }
        let second = try #require(session.store.snapshot().question)
        #expect(second.id != question.id)
        await session.answer(second.id, yes: true)
        guard case .submitted(let id, _)? = await sent.value.first else { Issue.record("not sent"); return }
        #expect(await session.result(of: id)?.state.label == "OK")
        await harness.stop()
    }

    @Test("shutting down answers an open question no")
    func shutdownAnswersNo() async throws {
        let harness = try await Harness.start()
        let session = harness.session
        let waiting = Task { await session.execute("cluster remove -i api", confirmation: .question) }
        try await harness.waitFor("the question") { $0.question != nil }
        await harness.stop()
        guard case .refused? = await waiting.value.first else { Issue.record("not refused"); return }
    }
}
