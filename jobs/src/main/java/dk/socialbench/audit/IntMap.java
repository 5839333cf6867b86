package dk.socialbench.audit;

import java.util.Arrays;

/**
 * Whole numbers at least 0 to whole numbers, without boxing (open addressing): a witness looks up a
 * variable's constraints and a constraint's position in it for every variable it orders.
 *
 * <p>Example: after {@code map.put(17, 3)}, {@code map.get(17)} is 3 and {@code map.get(18)} is -1.
 */
final class IntMap {
  private int[] keys;
  private int[] values;
  private int size;

  IntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new int[capacity];
    values = new int[capacity];
    Arrays.fill(keys, -1);
  }

  /** The value of {@code key}, or -1. */
  int get(int key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] < 0) {
        return -1;
      }
    }
  }

  void put(int key, int value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] >= 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] < 0) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[2 * oldKeys.length];
    values = new int[2 * oldKeys.length];
    Arrays.fill(keys, -1);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] >= 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int mix(int key) {
    return key * 0x9E3779B9 >>> 7;
  }
}
