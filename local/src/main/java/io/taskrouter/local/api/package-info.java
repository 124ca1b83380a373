@NullMarked
package io.taskrouter.local.api;

import org.jspecify.annotations.NullMarked;
