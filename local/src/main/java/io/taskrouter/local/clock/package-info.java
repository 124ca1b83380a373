@NullMarked
package io.taskrouter.local.clock;

import org.jspecify.annotations.NullMarked;
