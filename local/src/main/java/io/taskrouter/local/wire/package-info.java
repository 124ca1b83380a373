/**
 * The server's wire layer: hand-written runtime support for the code generated from
 * {@code openapi/taskrouter.yaml} into {@code io.taskrouter.local.wire.generated} (request records
 * and their decoders, the route table, the {@code OperationHandlers} interface, response writers).
 * Everything a handler would otherwise restate per operation (routes, parameter names, types,
 * bounds, enums, response fields) comes from the spec through the generated code; this package only
 * knows how to decode, check and write values in general.
 */
@NullMarked
package io.taskrouter.local.wire;

import org.jspecify.annotations.NullMarked;
