package org.mentorbot.core.matching.engine;

import java.util.Arrays;

/**
 * A binary min-heap of (long key, int node) with lazy deletion, on primitive arrays: Dijkstra on a
 * million edges should not box a million objects. Equal keys pop in a deterministic order.
 */
final class MinHeap {
  private long[] keys = new long[64];
  private int[] nodes = new int[64];
  private int size;

  void clear() {
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void push(long key, int node) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      nodes = Arrays.copyOf(nodes, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(key, node, keys[parent], nodes[parent])) {
        break;
      }
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  long topKey() {
    return keys[0];
  }

  int topNode() {
    return nodes[0];
  }

  void pop() {
    size--;
    long key = keys[size];
    int node = nodes[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && less(keys[child + 1], nodes[child + 1], keys[child], nodes[child])) {
        child++;
      }
      if (!less(keys[child], nodes[child], key, node)) {
        break;
      }
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  private static boolean less(long k1, int n1, long k2, int n2) {
    return k1 < k2 || (k1 == k2 && n1 < n2);
  }
}
