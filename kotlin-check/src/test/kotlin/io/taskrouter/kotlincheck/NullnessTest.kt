package io.taskrouter.kotlincheck

import io.taskrouter.sdk.ApiException
import io.taskrouter.sdk.model.Task
import io.taskrouter.sdk.model.TaskQueue
import io.taskrouter.sdk.model.Worker
import io.taskrouter.sdk.model.Workflow
import io.taskrouter.sdk.model.Workspace
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import kotlin.reflect.typeOf

/**
 * What Kotlin 2.4 makes of the SDK's JSpecify annotations with no compiler option: a `@Nullable`
 * getter is `T?`, an unannotated one in a `@NullMarked` package is `T`, and only code outside
 * `@NullMarked` gives platform types (`T!`, which would let a null through unchecked).
 */
class NullnessTest {
    @Test
    fun `Kotlin reads the SDK's getters with the nullness JSpecify gives them`() {
        val seen = mapOf(
            "Workspace.getSid" to returnType(Workspace::getSid),
            "Worker.getSid" to returnType(Worker::getSid),
            "TaskQueue.getSid" to returnType(TaskQueue::getSid),
            "Workflow.getSid" to returnType(Workflow::getSid),
            "Task.getSid" to returnType(Task::getSid),
            "Task.getWorkspaceSid" to returnType(Task::getWorkspaceSid),
            "Task.getAssignmentStatus" to returnType(Task::getAssignmentStatus),
            "Task.getReason" to returnType(Task::getReason),
            "ApiException.code" to returnType(ApiException::code),
            "StringBuilder.reverse (JDK, not null-marked)" to returnType(java.lang.StringBuilder::reverse),
        )

        assertThat(seen).containsExactlyEntriesOf(
            mapOf(
                "Workspace.getSid" to "java.lang.String",
                "Worker.getSid" to "java.lang.String",
                "TaskQueue.getSid" to "java.lang.String",
                "Workflow.getSid" to "java.lang.String",
                "Task.getSid" to "java.lang.String",
                "Task.getWorkspaceSid" to "java.lang.String",
                "Task.getAssignmentStatus" to "io.taskrouter.sdk.model.TaskStatus",
                "Task.getReason" to "java.lang.String?",
                "ApiException.code" to "java.lang.Integer?",
                "StringBuilder.reverse (JDK, not null-marked)" to "java.lang.StringBuilder!",
            )
        )
    }

    /**
     * The return type the compiler gave the getter, as the standard library renders it without
     * kotlin-reflect (Java class names, `?` for nullable, `!` for a platform type).
     */
    private inline fun <reified O, reified R> returnType(@Suppress("UNUSED_PARAMETER") getter: (O) -> R): String =
        typeOf<R>().toString().substringBefore(" (Kotlin reflection")
}
