package io.taskrouter.local.match;

import io.taskrouter.expression.Expression;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parsed expressions by their text, least recently used evicted first once the texts held add up
 * to more than the weight limit. An expression larger than the whole limit is never held. Matching
 * runs on the engine thread and, for list filters, nowhere else, but the lock keeps the cache
 * correct should another thread ever evaluate.
 */
final class ExpressionCache {
  private final int maxWeight;
  private final LinkedHashMap<String, Expression> entries = new LinkedHashMap<>(64, 0.75f, true);
  private int weight;

  ExpressionCache(int maxWeight) {
    this.maxWeight = maxWeight;
  }

  synchronized @Nullable Expression get(String text) {
    return entries.get(text);
  }

  synchronized void put(String text, Expression parsed) {
    if (text.length() > maxWeight || entries.containsKey(text)) {
      return;
    }
    entries.put(text, parsed);
    weight += text.length();
    Iterator<Map.Entry<String, Expression>> eldestFirst = entries.entrySet().iterator();
    while (weight > maxWeight && eldestFirst.hasNext()) {
      weight -= eldestFirst.next().getKey().length();
      eldestFirst.remove();
    }
  }

  synchronized int weight() {
    return weight;
  }
}
