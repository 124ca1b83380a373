/**
 * The TaskRouter expression language: parse, check and evaluate the expressions found in TaskQueue
 * {@code target_workers}, workflow filters and targets, {@code skip_if} and the
 * {@code EvaluateTaskAttributes}/{@code EvaluateWorkerAttributes} list filters.
 *
 * <p>{@link io.taskrouter.expression.Expression#parse(String)} turns text into an immutable tree
 * of {@link io.taskrouter.expression.Node}s or throws an {@link
 * io.taskrouter.expression.ExpressionException} (and nothing else) that says where and why. {@link
 * io.taskrouter.expression.Expression#parse(String, ExpressionContext)} also checks that every key
 * suits the place the expression is used in. {@link
 * io.taskrouter.expression.Expression#evaluate(EvaluationContext)} matches it against JSON-like
 * Java values ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}, {@code
 * null}) and never throws on any data.
 *
 * <p>The module has no runtime dependency and targets Java 8 and Android API level 26.
 */
@NullMarked
package io.taskrouter.expression;

import org.jspecify.annotations.NullMarked;
