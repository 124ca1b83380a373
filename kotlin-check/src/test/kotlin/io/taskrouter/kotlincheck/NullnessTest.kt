package io.taskrouter.kotlincheck

import io.taskrouter.sdk.ApiException
import io.taskrouter.sdk.model.Task
import io.taskrouter.sdk.model.TaskQueue
import io.taskrouter.sdk.model.Worker
import io.taskrouter.sdk.model.WorkerReservation
import io.taskrouter.sdk.model.Workflow
import io.taskrouter.sdk.model.Workspace
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import kotlin.reflect.typeOf

/**
 * What Kotlin 2.4 makes of the SDK's JSpecify annotations with no compiler option: a `@Nullable`
 * getter is `T?`, an unannotated one in a `@NullMarked` package is `T`, and only code outside
 * `@NullMarked` gives platform types (`T!`, which let a null through unchecked). With
 * `-Xjspecify-annotations=warn` every SDK getter here reads as a platform type and this test fails.
 */
class NullnessTest {
    @Test
    fun `Kotlin reads the SDK's getters with the nullness JSpecify gives them`() {
        val rows = listOf(
            Triple("Workspace.getSid", returnType(Workspace::getSid), "java.lang.String"),
            Triple("Worker.getSid", returnType(Worker::getSid), "java.lang.String"),
            Triple("TaskQueue.getSid", returnType(TaskQueue::getSid), "java.lang.String"),
            Triple("Workflow.getSid", returnType(Workflow::getSid), "java.lang.String"),
            Triple("Task.getSid", returnType(Task::getSid), "java.lang.String"),
            Triple("Task.getWorkspaceSid", returnType(Task::getWorkspaceSid), "java.lang.String"),
            Triple("WorkerReservation.getTaskSid", returnType(WorkerReservation::getTaskSid), "java.lang.String"),
            Triple("Task.getAssignmentStatus", returnType(Task::getAssignmentStatus), "io.taskrouter.sdk.model.TaskStatus"),
            Triple("Task.getReason", returnType(Task::getReason), "java.lang.String?"),
            Triple("Task.getTaskQueueSid", returnType(Task::getTaskQueueSid), "java.lang.String?"),
            Triple("ApiException.code", returnType(ApiException::code), "java.lang.Integer?"),
            Triple("StringBuilder.reverse (JDK, not null-marked)", returnType(java.lang.StringBuilder::reverse), "java.lang.StringBuilder!"),
        )

        assertThat(rows.map { (getter, seen, _) -> "$getter: $seen" })
            .containsExactlyElementsOf(rows.map { (getter, _, expected) -> "$getter: $expected" })
    }

    /**
     * The return type the compiler gave the getter, as the standard library renders it without
     * kotlin-reflect (Java class names, `?` for nullable, `!` for a platform type).
     */
    private inline fun <reified O, reified R> returnType(@Suppress("UNUSED_PARAMETER") getter: (O) -> R): String =
        typeOf<R>().toString().substringBefore(" (Kotlin reflection")
}
