package org.mentorbot.core.community;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.storage.TransactionMemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes a community's settings: configured defaults plus stored overrides. */
public final class SettingsStore {

  private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

  private final Function<Platform, CommunitySettings> defaults;
  private final CommunityStore communities;

  /**
   * @param defaults the configured starting settings of a new community on each platform
   */
  public SettingsStore(Function<Platform, CommunitySettings> defaults, CommunityStore communities) {
    this.defaults = defaults;
    this.communities = communities;
  }

  public CommunitySettings load(Handle handle, CommunityId community) {
    return TransactionMemo.remember(
        handle, new SettingsOf(community), () -> read(handle, community));
  }

  /** The memo key of a community's settings within a transaction. */
  private record SettingsOf(CommunityId community) {}

  private CommunitySettings read(Handle handle, CommunityId community) {
    CommunitySettings defaults = this.defaults.apply(community.platform());
    var id = communities.find(handle, community);
    if (id.isEmpty()) {
      return defaults;
    }
    Map<SettingKey, String> changed = new EnumMap<>(defaults.values());
    rows(handle, id.get())
        .forEach((name, value) -> SettingKey.byOption(name).ifPresent(k -> changed.put(k, value)));
    Map<String, String> aliases = new HashMap<>(defaults.topicAliases());
    handle
        .createQuery("SELECT alias, topic FROM topic_alias WHERE community_id = :c")
        .bind("c", id.get())
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> aliases.put(e.getKey(), e.getValue()));
    try {
      // All at once: stored values are checked together, as they were saved.
      return new CommunitySettings(changed, aliases);
    } catch (SettingKey.InvalidSetting outdated) {
      // A stored value no longer fits (a range changed): keep the rest, drop what does not fit.
      LOG.warn(
          "{}: stored setting {} is invalid now; using its default", community, outdated.key());
      CommunitySettings settings = defaults;
      for (Map.Entry<SettingKey, String> e : changed.entrySet()) {
        try {
          settings = settings.with(e.getKey(), e.getValue());
        } catch (SettingKey.InvalidSetting skipped) {
          // logged above
        }
      }
      return settings.withTopicAliases(aliases);
    }
  }

  public void put(Handle tx, CommunityId community, SettingKey key, String value) {
    TransactionMemo.forget(tx, new SettingsOf(community));
    tx.createUpdate(
            "INSERT INTO community_setting (community_id, name, value) VALUES (:c, :n, :v)"
                + " ON CONFLICT (community_id, name) DO UPDATE SET value = excluded.value")
        .bind("c", communities.idOf(tx, community))
        .bind("n", key.optionName())
        .bind("v", value)
        .execute();
  }

  public void putAlias(Handle tx, CommunityId community, String alias, String topic) {
    TransactionMemo.forget(tx, new SettingsOf(community));
    tx.createUpdate(
            "INSERT INTO topic_alias (community_id, alias, topic) VALUES (:c, :a, :t)"
                + " ON CONFLICT (community_id, alias) DO UPDATE SET topic = excluded.topic")
        .bind("c", communities.idOf(tx, community))
        .bind("a", alias)
        .bind("t", topic)
        .execute();
  }

  private static Map<String, String> rows(Handle handle, long communityId) {
    Map<String, String> rows = new HashMap<>();
    handle
        .createQuery("SELECT name, value FROM community_setting WHERE community_id = :c")
        .bind("c", communityId)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> rows.put(e.getKey(), e.getValue()));
    return rows;
  }
}
