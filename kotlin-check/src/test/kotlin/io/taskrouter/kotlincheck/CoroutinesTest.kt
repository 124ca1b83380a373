package io.taskrouter.kotlincheck

import io.taskrouter.local.junit.TaskRouterLocalExtension
import io.taskrouter.local.junit.TaskRouterLocalHandle
import io.taskrouter.sdk.NotFoundException
import io.taskrouter.sdk.model.TaskStatus
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.future.await
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith

/**
 * The `...Async` twins awaited from coroutines with kotlinx-coroutines' `CompletableFuture.await()`:
 * calls in flight together, and a failed future thrown as the SDK's own exception (not a
 * `CompletionException`). The README's "From Kotlin" shows the block between the markers.
 */
@ExtendWith(TaskRouterLocalExtension::class)
class CoroutinesTest {
    @Test
    fun `futures awaited in a coroutine run together and fail with the API's exception`(handle: TaskRouterLocalHandle) {
        val client = handle.client()
        runBlocking {
            // README:kotlin-coroutines
            val ws = client.workspaces().createAsync { it.friendlyName("Support").template("FIFO") }.await()
            val tasks = client.workspace(ws.sid).tasks()
            val created = (1..3)
                .map { n -> async { tasks.createAsync { it.attributes(mapOf("ticket" to n)) }.await() } }
                .awaitAll()

            val code = try {
                tasks.fetchAsync("WT" + "0".repeat(32)).await()
                null
            } catch (e: NotFoundException) {
                e.code()
            }
            // README:end
            assertThat(created.map { it.sid }).doesNotHaveDuplicates().hasSize(3)
            assertThat(created.map { it.assignmentStatus }).containsOnly(TaskStatus.PENDING)
            val page = tasks.listAsync().await()
            assertThat(page.items().map { it.sid }).containsExactlyInAnyOrderElementsOf(created.map { it.sid })
            assertThat(code).isEqualTo(20404)
        }
    }
}
