package io.taskrouter.sdk.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * Hands the generated methods' {@code Call<T>} to the SDK as Retrofit made it. Retrofit's default
 * adapter wraps every call in one that moves callbacks to a callback executor (Android's main
 * thread unless told otherwise): one more object and indirection per call, and, on the JVM, its
 * lookup of a {@code CompletableFuture} adapter first. The SDK completes its futures itself, on
 * OkHttp's threads (never on Android's main thread, where a {@code join()} would deadlock), so it
 * needs no executor at all.
 */
public final class DirectCalls extends CallAdapter.Factory {
  @Override
  public @Nullable CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != Call.class || !(returnType instanceof ParameterizedType)) {
      return null;
    }
    Type body = getParameterUpperBound(0, (ParameterizedType) returnType);
    return new CallAdapter<Object, Call<Object>>() {
      @Override
      public Type responseType() {
        return body;
      }

      @Override
      public Call<Object> adapt(Call<Object> call) {
        return call;
      }
    };
  }
}
