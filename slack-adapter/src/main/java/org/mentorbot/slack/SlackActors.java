package org.mentorbot.slack;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.response.usergroups.UsergroupsListResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import com.slack.api.model.Usergroup;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.mentorbot.core.command.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an {@link Actor} from what Slack vouches for: {@code users.info} (admin, owner, display
 * name) and the workspace's user groups ({@code usergroups.list} with members). The actor's group
 * ids carry each group's id and its handle, so the core can match a moderator group configured
 * either way. Members of the deployment's own moderator group count as platform moderators. Answers
 * are cached briefly (permissions change rarely, and Slack rate-limits these methods) and fetched
 * without blocking a thread; concurrent commands of one member share one lookup. A failed lookup is
 * not cached and yields a plain member, so a Slack hiccup can only ever deny moderator rights,
 * never grant them.
 */
final class SlackActors {

  private static final Logger log = LoggerFactory.getLogger(SlackActors.class);
  private static final String ALL_GROUPS = "all";
  private static final long SYNC_WAIT_SECONDS = 15;

  private record UserFacts(String displayName, boolean admin) {}

  private final AsyncWebApi api;
  private final Optional<String> moderatorGroupId;
  private final AsyncCache<String, UserFacts> users;
  private final AsyncCache<String, Map<String, Set<String>>> groups;

  SlackActors(AsyncWebApi api, Optional<String> moderatorGroupId, Duration ttl) {
    this.api = Objects.requireNonNull(api, "api");
    this.moderatorGroupId = Objects.requireNonNull(moderatorGroupId, "moderatorGroupId");
    this.users = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).buildAsync();
    this.groups = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1).buildAsync();
  }

  /** The actor for {@code userId}; {@code fallbackName} is used when Slack cannot be asked. */
  CompletableFuture<Actor> actorAsync(String userId, String fallbackName) {
    CompletableFuture<UserFacts> facts =
        users
            .get(userId, (id, executor) -> lookUpUser(id))
            .exceptionally(
                e -> {
                  log.warn(
                      "users.info failed for {}; treating as a member: {}", userId, e.getMessage());
                  return new UserFacts(fallbackName, false);
                });
    CompletableFuture<Set<String>> memberOf =
        groups
            .get(ALL_GROUPS, (key, executor) -> lookUpGroups())
            .thenApply(all -> groupsOf(all, userId))
            .exceptionally(
                e -> {
                  log.warn(
                      "usergroups.list failed; no group memberships this time: {}", e.getMessage());
                  return Set.of();
                });
    return facts.thenCombine(
        memberOf,
        (f, groupIds) -> {
          boolean groupModerator =
              moderatorGroupId
                  .map(g -> g.startsWith("@") ? g.substring(1) : g)
                  .map(g -> groupIds.contains(g) || groupIds.contains(g.toLowerCase(Locale.ROOT)))
                  .orElse(false);
          return new Actor(userId, f.displayName(), f.admin() || groupModerator, groupIds);
        });
  }

  /** {@link #actorAsync}, waited for; for background work that is already off the ack path. */
  Actor actor(String userId, String fallbackName) {
    try {
      return actorAsync(userId, fallbackName).get(SYNC_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Actor(userId, fallbackName, false, Set.of());
    } catch (Exception e) {
      return new Actor(userId, fallbackName, false, Set.of());
    }
  }

  /** How to show a member without pinging them: their display name, or the id if unknown. */
  String nameOf(String userId) {
    try {
      return users
          .get(userId, (id, executor) -> lookUpUser(id))
          .get(SYNC_WAIT_SECONDS, TimeUnit.SECONDS)
          .displayName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return userId;
    } catch (Exception e) {
      return userId;
    }
  }

  private CompletableFuture<UserFacts> lookUpUser(String userId) {
    return api.call("users.info", Map.of("user", userId), UsersInfoResponse.class)
        .thenApply(
            response -> {
              if (!response.isOk() || response.getUser() == null) {
                throw new IllegalStateException("users.info: " + response.getError());
              }
              User user = response.getUser();
              return new UserFacts(displayName(user), user.isAdmin() || user.isOwner());
            });
  }

  private static String displayName(User user) {
    User.Profile profile = user.getProfile();
    if (profile != null
        && profile.getDisplayName() != null
        && !profile.getDisplayName().isBlank()) {
      return profile.getDisplayName();
    }
    if (user.getRealName() != null && !user.getRealName().isBlank()) {
      return user.getRealName();
    }
    return user.getName() == null ? user.getId() : user.getName();
  }

  private static Set<String> groupsOf(Map<String, Set<String>> members, String userId) {
    Set<String> memberOf = new HashSet<>();
    members.forEach(
        (group, ids) -> {
          if (ids.contains(userId)) {
            memberOf.add(group);
          }
        });
    return memberOf;
  }

  private CompletableFuture<Map<String, Set<String>>> lookUpGroups() {
    return api.call(
            "usergroups.list",
            Map.of("include_users", "true", "include_disabled", "false"),
            UsergroupsListResponse.class)
        .thenApply(
            response -> {
              if (!response.isOk()) {
                throw new IllegalStateException("usergroups.list: " + response.getError());
              }
              Map<String, Set<String>> members = new HashMap<>();
              if (response.getUsergroups() != null) {
                for (Usergroup group : response.getUsergroups()) {
                  Set<String> ids =
                      group.getUsers() == null ? Set.of() : Set.copyOf(group.getUsers());
                  members.put(group.getId(), ids);
                  // Settings may name a group by handle (mentor-mods) or by id (S0123): both.
                  if (group.getHandle() != null && !group.getHandle().isBlank()) {
                    members.put(group.getHandle().toLowerCase(Locale.ROOT), ids);
                  }
                }
              }
              return Map.copyOf(members);
            });
  }
}
