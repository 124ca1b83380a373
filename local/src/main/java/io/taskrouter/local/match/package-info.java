@NullMarked
package io.taskrouter.local.match;

import org.jspecify.annotations.NullMarked;
