@NullMarked
package io.taskrouter.local.json;

import org.jspecify.annotations.NullMarked;
