package io.taskrouter.kotlincheck

import io.taskrouter.local.junit.TaskRouterLocalExtension
import io.taskrouter.local.junit.TaskRouterLocalHandle
import io.taskrouter.sdk.ApiException
import io.taskrouter.sdk.BadRequestException
import io.taskrouter.sdk.NotFoundException
import io.taskrouter.sdk.model.TaskStatus
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith

/** The API's refusals caught as a Kotlin user catches them: `try` as an expression over `ApiException`. */
@ExtendWith(TaskRouterLocalExtension::class)
class ErrorsTest {
    @Test
    fun `the API's refusals arrive as typed exceptions with status and code`(handle: TaskRouterLocalHandle) {
        val client = handle.client()
        val ws = client.workspaces().create { it.friendlyName("Support").template("FIFO") }
        val tasks = client.workspace(ws.sid).tasks()
        val task = tasks.create { it.attributes(mapOf("type" to "support")) }

        val badRequest = refusalOf { tasks.update(task.sid) { it.assignmentStatus(TaskStatus.COMPLETED) } }
        val notFound = refusalOf { tasks.fetch("WT" + "0".repeat(32)) }

        assertThat(badRequest).isInstanceOf(BadRequestException::class.java)
        assertThat(badRequest.status() to badRequest.code()).isEqualTo(400 to 20001)
        assertThat(badRequest.apiMessage()).contains(task.sid)
        assertThat(notFound).isInstanceOf(NotFoundException::class.java)
        assertThat(notFound.status() to notFound.code()).isEqualTo(404 to 20404)
        assertThat(tasks.fetch(task.sid).assignmentStatus).isEqualTo(TaskStatus.PENDING)   // the refusal changed nothing
    }

    private fun refusalOf(call: () -> Any): ApiException =
        try {
            call()
            throw AssertionError("the API accepted a call it should refuse")
        } catch (e: ApiException) {
            e
        }
}
