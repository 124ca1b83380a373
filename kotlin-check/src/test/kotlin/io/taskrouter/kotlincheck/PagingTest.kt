package io.taskrouter.kotlincheck

import io.taskrouter.local.junit.TaskRouterLocalExtension
import io.taskrouter.local.junit.TaskRouterLocalHandle
import io.taskrouter.sdk.TaskRouter
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith
import java.util.concurrent.CopyOnWriteArrayList

/** A `ResourceList` is a lazy `Iterable`: Kotlin's sequences and collection functions page through it. */
@ExtendWith(TaskRouterLocalExtension::class)
class PagingTest {
    @Test
    fun `sequences and collection functions request the pages they use`(handle: TaskRouterLocalHandle) {
        val requests = CopyOnWriteArrayList<String>()
        TaskRouter.builder()
            .credentials(handle.accountSid(), handle.authToken())
            .baseUrl(handle.baseUrl())
            .requestLog { requests += it }
            .build()
            .use { client ->
                val ws = client.workspaces().create { it.friendlyName("Support") }
                val workers = client.workspace(ws.sid).workers()
                val names = (1..5).map { n -> workers.create { it.friendlyName("Agent $n") }.friendlyName }

                requests.clear()
                val firstTwo = workers.list { it.pageSize(2) }.asSequence().take(2).map { it.friendlyName }.toList()
                val firstTwoRequests = requests.size
                requests.clear()
                val all = workers.list { it.pageSize(2) }.map { it.friendlyName }
                val allRequests = requests.size
                val pageSizes = workers.list { it.pageSize(2) }.pages().map { it.items().size }

                assertThat(firstTwo).hasSize(2).isSubsetOf(names)
                assertThat(firstTwoRequests).isEqualTo(1)
                assertThat(all).containsExactlyInAnyOrderElementsOf(names)
                assertThat(allRequests).isEqualTo(3)
                assertThat(pageSizes).containsExactly(2, 2, 1)
            }
    }
}
