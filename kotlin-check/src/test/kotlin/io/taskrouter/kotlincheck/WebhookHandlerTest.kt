package io.taskrouter.kotlincheck

import io.taskrouter.local.junit.TaskRouterLocalExtension
import io.taskrouter.local.junit.TaskRouterLocalHandle
import io.taskrouter.sdk.TaskRouter
import io.taskrouter.sdk.model.ReservationStatus
import io.taskrouter.sdk.model.TaskReservation
import io.taskrouter.sdk.model.TaskStatus
import io.taskrouter.sdk.webhook.AssignmentCallback
import io.taskrouter.sdk.webhook.AssignmentInstruction
import io.taskrouter.sdk.webhook.EventCallback
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith

/**
 * An app's webhook handlers as a Kotlin user writes them: the SIDs a callback always carries go
 * straight from the callback into the REST calls that answer it.
 */
@ExtendWith(TaskRouterLocalExtension::class)
class WebhookHandlerTest {
    /** Answers an offer later, through the API, from what the assignment callback said. */
    private fun accept(client: TaskRouter, offer: AssignmentCallback): TaskReservation =
        client.workspace(offer.workspaceSid).task(offer.taskSid).reservations()
            .update(offer.reservationSid) { it.reservationStatus(ReservationStatus.ACCEPTED) }

    /** Reads the task an event is about from the workspace the event names. */
    private fun taskStatusOf(client: TaskRouter, event: EventCallback): TaskStatus =
        client.workspace(event.workspaceSid).tasks().fetch(event.resourceSid ?: error("no ResourceSid")).assignmentStatus

    @Test
    fun `an offer answered later through the API, and the event that follows`(handle: TaskRouterLocalHandle) {
        val client = handle.client()
        val ws = client.workspaces().create {
            it.friendlyName("Support").template("FIFO").eventCallbackUrl(handle.eventCallbackUrl())
        }
        val support = client.workspace(ws.sid)
        val flow = support.workflows().list().single()
        support.workflows().update(flow.sid) { it.assignmentCallbackUrl(handle.assignmentCallbackUrl()) }
        handle.onAssignment { AssignmentInstruction.decideLater() }
        val available = support.activities().list { it.friendlyName("Available") }.single()
        val jamie = support.workers().create { it.friendlyName("Jamie").activitySid(available.sid) }
        val task = support.tasks().create { it.attributes(mapOf("type" to "call")) }

        val accepted = accept(client, handle.awaitAssignments(1).single().callback)
        val created = handle.awaitEvent("task.created").callback

        assertThat(accepted.reservationStatus).isEqualTo(ReservationStatus.ACCEPTED)
        assertThat(accepted.workerSid).isEqualTo(jamie.sid)
        assertThat(created.resourceSid).isEqualTo(task.sid)
        assertThat(taskStatusOf(client, created)).isEqualTo(TaskStatus.ASSIGNED)
    }
}
