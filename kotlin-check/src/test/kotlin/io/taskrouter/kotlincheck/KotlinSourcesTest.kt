package io.taskrouter.kotlincheck

import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import kotlin.io.path.extension
import kotlin.io.path.readText

/**
 * Keeps this module's claims true: its Kotlin uses the SDK without escaping the type system, and
 * the README's "From Kotlin" shows that code as it is compiled here.
 */
class KotlinSourcesTest {
    private val sources: Map<Path, String> = Files.walk(moduleDir().resolve("src/test/kotlin")).use { paths ->
        paths.filter { it.extension == "kt" }.sorted().toList().associateWith { it.readText() }
    }

    @Test
    fun `no source asserts, unwraps or checks away a null`() {
        // Spelled in pieces so that this file is checked like the others.
        val escapes = listOf("!" + "!", "?." + "let", "require" + "NotNull(", "check" + "NotNull(")

        val found = sources.flatMap { (path, text) ->
            text.lines().withIndex()
                .filter { (_, line) -> escapes.any { it in line } }
                .map { (n, line) -> "${path.fileName}:${n + 1}: ${line.trim()}" }
        }

        assertThat(sources).hasSizeGreaterThan(3)
        assertThat(found).isEmpty()
    }

    @Test
    fun `the README's Kotlin blocks are the marked blocks of these tests, to the character`() {
        val marked = sources.values.flatMap { text -> MARKED.findAll(text).map { unindented(it.groupValues[2]) }.toList() }
        val readme = moduleDir().resolveSibling("README.md").readText()
        val shown = KOTLIN_BLOCK.findAll(readme).map { it.groupValues[1].trimEnd() }.toList()

        assertThat(marked).hasSize(2)
        assertThat(shown).containsExactlyInAnyOrderElementsOf(marked)
    }

    private companion object {
        val MARKED = Regex("""// README:([a-z-]+)\n(.*?)\n\s*// README:end""", RegexOption.DOT_MATCHES_ALL)
        val KOTLIN_BLOCK = Regex("""```kotlin\n(.*?)```""", RegexOption.DOT_MATCHES_ALL)

        fun unindented(block: String): String {
            val margin = block.lines().filter { it.isNotBlank() }.minOf { it.length - it.trimStart().length }
            return block.lines().joinToString("\n") { if (it.isBlank()) "" else it.substring(margin) }.trimEnd()
        }

        /** Surefire runs in the module's folder; an IDE may run from the reactor's root. */
        fun moduleDir(): Path {
            val here = Paths.get("").toAbsolutePath()
            return if (Files.isDirectory(here.resolve("src/test/kotlin"))) here else here.resolve("kotlin-check")
        }
    }
}
