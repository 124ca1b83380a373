@NullMarked
package io.taskrouter.local.stats;

import org.jspecify.annotations.NullMarked;
