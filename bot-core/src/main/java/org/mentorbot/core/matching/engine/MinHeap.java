package org.mentorbot.core.matching.engine;

import java.util.Arrays;

/**
 * An indexed binary min-heap over nodes 0..size-1 keyed by long, with decrease-key, on primitive
 * arrays: Dijkstra on a million edges must neither box nor pile up stale entries. Equal keys pop
 * lower node first, so runs are deterministic.
 */
final class MinHeap {
  private final long[] key;
  private final int[] heap;
  private final int[] pos;
  private int size;

  MinHeap(int nodes) {
    key = new long[nodes];
    heap = new int[nodes];
    pos = new int[nodes];
    Arrays.fill(pos, -1);
  }

  void clear() {
    for (int i = 0; i < size; i++) {
      pos[heap[i]] = -1;
    }
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Inserts the node or lowers its key; a higher key is ignored. */
  void offer(int node, long k) {
    int i = pos[node];
    if (i < 0) {
      i = size++;
    } else if (k >= key[node]) {
      return;
    }
    key[node] = k;
    siftUp(i, node);
  }

  /** Removes and returns the node with the lowest key. */
  int poll() {
    int top = heap[0];
    pos[top] = -1;
    int last = heap[--size];
    if (size > 0) {
      siftDown(0, last);
    }
    return top;
  }

  private void siftUp(int i, int node) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int p = heap[parent];
      if (!less(node, p)) {
        break;
      }
      heap[i] = p;
      pos[p] = i;
      i = parent;
    }
    heap[i] = node;
    pos[node] = i;
  }

  private void siftDown(int i, int node) {
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && less(heap[child + 1], heap[child])) {
        child++;
      }
      int c = heap[child];
      if (!less(c, node)) {
        break;
      }
      heap[i] = c;
      pos[c] = i;
      i = child;
    }
    heap[i] = node;
    pos[node] = i;
  }

  private boolean less(int a, int b) {
    return key[a] < key[b] || (key[a] == key[b] && a < b);
  }
}
