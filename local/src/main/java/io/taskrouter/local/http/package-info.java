@NullMarked
package io.taskrouter.local.http;

import org.jspecify.annotations.NullMarked;
