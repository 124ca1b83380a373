package io.taskrouter.kotlincheck

import io.taskrouter.local.junit.TaskRouterLocalExtension
import io.taskrouter.local.junit.TaskRouterLocalHandle
import io.taskrouter.sdk.model.ReservationStatus
import io.taskrouter.sdk.model.TaskStatus
import io.taskrouter.sdk.webhook.AssignmentInstruction
import io.taskrouter.workflow.WorkflowConfiguration
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith

/**
 * The seed's story as a Kotlin user writes it: each created resource's `sid` goes straight into the
 * next call, options are lambdas on the parameter builders. The README's "From Kotlin" shows the
 * block between the markers.
 */
@ExtendWith(TaskRouterLocalExtension::class)
class SeedStoryTest {
    @Test
    fun `the assignment callback accepts the offer and the task is completed`(handle: TaskRouterLocalHandle) {
        val client = handle.client()
        // README:kotlin-seed
        val ws = client.workspaces().create { it.friendlyName("Support") }
        val support = client.workspace(ws.sid)
        val coffeeBreak = support.activities().create { it.friendlyName("Coffee Break").available(false) }
        val available = support.activities().list { it.friendlyName("Available") }.single()
        val jamie = support.workers().create {
            it.friendlyName("Jamie").attributes(mapOf("languages" to listOf("en", "es")))
        }
        val sales = support.taskQueues().create {
            it.friendlyName("Sales")
                .targetWorkers("languages HAS 'en'")
                .reservationActivitySid(coffeeBreak.sid)
                .assignmentActivitySid(coffeeBreak.sid)
        }
        handle.onAssignment { AssignmentInstruction.accept() }   // the app's answer to each offer
        val flow = support.workflows().create {
            it.friendlyName("Incoming Call Flow")
                .assignmentCallbackUrl(handle.assignmentCallbackUrl())
                .configuration(WorkflowConfiguration.builder().defaultQueue(sales.sid).build())
        }
        val task = support.tasks().create { it.attributes(mapOf("type" to "sales")).workflowSid(flow.sid) }
        support.workers().update(jamie.sid) { it.activitySid(available.sid) }

        val offer = handle.awaitAssignments(1).single()   // signed, parsed, answered "accept"
        handle.server().awaitCallbacks(TaskRouterLocalHandle.DEFAULT_AWAIT)
        assertThat(support.tasks().fetch(task.sid).assignmentStatus).isEqualTo(TaskStatus.ASSIGNED)

        val done = support.tasks().update(task.sid) { it.assignmentStatus(TaskStatus.COMPLETED).reason("resolved") }
        // README:end
        assertThat(offer.signatureValid).isTrue()
        assertThat(offer.callback.workerSid).isEqualTo(jamie.sid)
        assertThat(offer.callback.taskSid).isEqualTo(task.sid)
        assertThat(done.assignmentStatus).isEqualTo(TaskStatus.COMPLETED)
        assertThat(done.reason).isEqualTo("resolved")
    }

    @Test
    fun `a worker that polls its reservations accepts the offer through the API`(handle: TaskRouterLocalHandle) {
        val client = handle.client()
        val ws = client.workspaces().create { it.friendlyName("Support").template("FIFO") }
        val support = client.workspace(ws.sid)
        val available = support.activities().list { it.friendlyName("Available") }.single()
        val jamie = support.workers().create { it.friendlyName("Jamie").activitySid(available.sid) }
        val task = support.tasks().create { it.attributes(mapOf("type" to "support")) }

        val reservations = support.worker(jamie.sid).reservations()
        val pending = reservations.list { it.reservationStatus(ReservationStatus.PENDING) }.toList()
        for (reservation in pending) {
            reservations.update(reservation.sid) { it.reservationStatus(ReservationStatus.ACCEPTED) }
        }

        val offer = pending.single()
        assertThat(offer.taskSid).isEqualTo(task.sid)
        assertThat(reservations.fetch(offer.sid).reservationStatus).isEqualTo(ReservationStatus.ACCEPTED)
        assertThat(support.tasks().fetch(offer.taskSid).assignmentStatus).isEqualTo(TaskStatus.ASSIGNED)   // a parent's SID passed on
    }
}
