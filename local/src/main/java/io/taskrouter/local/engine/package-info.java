@NullMarked
package io.taskrouter.local.engine;

import org.jspecify.annotations.NullMarked;
