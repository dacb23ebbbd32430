package org.mentorbot.core.storage;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * What one transaction has read and may need again: a community's row id, its settings, its
 * attached DAOs. A command looked both up three to five times (router, feature, reply), which was a
 * large share of its cost. The memo lives in the handle's own configuration (Jdbi copies
 * configuration per handle, and a copy starts empty), so it ends with the transaction and never
 * shows one transaction what another read; a write through the same handle forgets what it changed.
 */
public final class TransactionMemo implements JdbiConfig<TransactionMemo> {

  private final Map<Object, Object> values = new HashMap<>();

  public TransactionMemo() {}

  @Override
  public TransactionMemo createCopy() {
    return new TransactionMemo();
  }

  /**
   * The value remembered under {@code key} in this transaction, loading it the first time. A null
   * (nothing found) is not remembered, so the next call looks again.
   */
  @SuppressWarnings("unchecked") // each key type is used with one value type by its owner
  public static <V> V remember(Handle handle, Object key, Supplier<V> load) {
    Map<Object, Object> memo = handle.getConfig(TransactionMemo.class).values;
    V value = (V) memo.get(key);
    if (value == null) {
      value = load.get();
      if (value != null) {
        memo.put(key, value);
      }
    }
    return value;
  }

  /**
   * The SqlObject {@code type} attached to this transaction's handle, attached once: Jdbi prepares
   * every method of a DAO on each attach, which cost a command more than its SQL did.
   */
  public static <D> D attached(Handle handle, Class<D> type) {
    return remember(handle, new Attached(type), () -> handle.attach(type));
  }

  private record Attached(Class<?> type) {}

  /** Forgets {@code key} in this transaction (after a write that changed it). */
  public static void forget(Handle handle, Object key) {
    handle.getConfig(TransactionMemo.class).values.remove(key);
  }
}
