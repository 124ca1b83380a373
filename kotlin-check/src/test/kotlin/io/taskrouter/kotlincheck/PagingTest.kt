package io.taskrouter.kotlincheck

import io.taskrouter.local.junit.TaskRouterLocalExtension
import io.taskrouter.local.junit.TaskRouterLocalHandle
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith

/** A `ResourceList` is an `Iterable`: Kotlin's `for`, `asSequence()` and collection functions page through it. */
@ExtendWith(TaskRouterLocalExtension::class)
class PagingTest {
    @Test
    fun `a list pages lazily under Kotlin's sequences and collection functions`(handle: TaskRouterLocalHandle) {
        val workers = handle.client().workspace(handle.client().workspaces().create { it.friendlyName("Support") }.sid).workers()
        val names = (1..5).map { n -> workers.create { it.friendlyName("Agent $n") }.friendlyName }

        val listed = workers.list { it.pageSize(2) }.asSequence().map { it.friendlyName }.toList()
        val firstTwo = workers.list { it.pageSize(2) }.asSequence().take(2).map { it.friendlyName }.toList()
        val pages = workers.list { it.pageSize(2) }.pages().map { it.items().size }

        assertThat(listed).containsExactlyInAnyOrderElementsOf(names)
        assertThat(firstTwo).hasSize(2).isSubsetOf(names)
        assertThat(pages).containsExactly(2, 2, 1)
    }
}
