package org.mentorbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.usergroups.UsergroupsListResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import com.slack.api.model.Usergroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.command.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an {@link Actor} from what Slack vouches for: {@code users.info} (admin, owner, display
 * name) and the workspace's user groups ({@code usergroups.list} with members). The actor's group
 * ids carry each group's id and its handle, so the core can match a moderator group configured
 * either way. Members of the deployment's own moderator group count as platform moderators. Answers
 * are cached briefly (permissions change rarely, and Slack rate-limits these methods); a failed
 * lookup is not cached and yields a plain member, so a Slack hiccup can only ever deny moderator
 * rights, never grant them.
 */
final class SlackActors {

  private static final Logger log = LoggerFactory.getLogger(SlackActors.class);
  private static final String ALL_GROUPS = "all";

  private record UserFacts(String displayName, boolean admin) {}

  private final MethodsClient client;
  private final Optional<String> moderatorGroupId;
  private final Cache<String, UserFacts> users;
  private final Cache<String, Map<String, Set<String>>> groups;

  SlackActors(MethodsClient client, Optional<String> moderatorGroupId, Duration ttl) {
    this.client = Objects.requireNonNull(client, "client");
    this.moderatorGroupId = Objects.requireNonNull(moderatorGroupId, "moderatorGroupId");
    this.users = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    this.groups = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1).build();
  }

  /** The actor for {@code userId}; {@code fallbackName} is used when Slack cannot be asked. */
  Actor actor(String userId, String fallbackName) {
    UserFacts facts;
    try {
      facts = users.get(userId, this::lookUpUser);
    } catch (RuntimeException e) {
      log.warn("users.info failed for {}; treating as a member: {}", userId, e.getMessage());
      facts = new UserFacts(fallbackName, false);
    }
    Set<String> memberOf = groupsOf(userId);
    boolean groupModerator =
        moderatorGroupId
            .map(g -> g.startsWith("@") ? g.substring(1) : g)
            .map(g -> memberOf.contains(g) || memberOf.contains(g.toLowerCase(Locale.ROOT)))
            .orElse(false);
    return new Actor(userId, facts.displayName(), facts.admin() || groupModerator, memberOf);
  }

  /** How to show a member without pinging them: their display name, or the id if unknown. */
  String nameOf(String userId) {
    try {
      return users.get(userId, this::lookUpUser).displayName();
    } catch (RuntimeException e) {
      return userId;
    }
  }

  private UserFacts lookUpUser(String userId) {
    UsersInfoResponse response = call(() -> client.usersInfo(r -> r.user(userId)));
    if (!response.isOk() || response.getUser() == null) {
      throw new IllegalStateException("users.info: " + response.getError());
    }
    User user = response.getUser();
    return new UserFacts(displayName(user), user.isAdmin() || user.isOwner());
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

  private Set<String> groupsOf(String userId) {
    Map<String, Set<String>> members;
    try {
      members = groups.get(ALL_GROUPS, key -> lookUpGroups());
    } catch (RuntimeException e) {
      log.warn("usergroups.list failed; no group memberships this time: {}", e.getMessage());
      return Set.of();
    }
    Set<String> memberOf = new HashSet<>();
    members.forEach(
        (group, ids) -> {
          if (ids.contains(userId)) {
            memberOf.add(group);
          }
        });
    return memberOf;
  }

  private Map<String, Set<String>> lookUpGroups() {
    UsergroupsListResponse response =
        call(() -> client.usergroupsList(r -> r.includeUsers(true).includeDisabled(false)));
    if (!response.isOk()) {
      throw new IllegalStateException("usergroups.list: " + response.getError());
    }
    Map<String, Set<String>> members = new HashMap<>();
    if (response.getUsergroups() != null) {
      for (Usergroup group : response.getUsergroups()) {
        Set<String> ids = group.getUsers() == null ? Set.of() : Set.copyOf(group.getUsers());
        members.put(group.getId(), ids);
        // Settings may name a group by handle (mentor-mods) or by id (S0123): report both.
        if (group.getHandle() != null && !group.getHandle().isBlank()) {
          members.put(group.getHandle().toLowerCase(Locale.ROOT), ids);
        }
      }
    }
    return Map.copyOf(members);
  }

  private interface SlackCall<T> {
    T run() throws IOException, SlackApiException;
  }

  private static <T> T call(SlackCall<T> call) {
    try {
      return call.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SlackApiException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
