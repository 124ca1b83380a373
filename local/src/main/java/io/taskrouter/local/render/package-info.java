@NullMarked
package io.taskrouter.local.render;

import org.jspecify.annotations.NullMarked;
