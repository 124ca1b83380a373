@NullMarked
package io.taskrouter.local.junit;

import org.jspecify.annotations.NullMarked;
