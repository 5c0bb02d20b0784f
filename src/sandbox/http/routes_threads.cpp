// Threads: start from a message, start without one, forum and media posts, membership, the
// active list and the archived lists.

#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/http/thread_ops.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <array>

namespace hikari::sandbox {

namespace json = boost::json;
namespace fi = feature_intents;

std::map<Snowflake, json::object>& thread_members(World& world, Snowflake thread) {
    return world.entities("thread_members", thread);
}

namespace {

constexpr std::array archive_durations{60, 1440, 4320, 10080};

json::object member_entry(Snowflake thread, Snowflake user) {
    return json::object{{"id", thread.to_string()},
                        {"user_id", user.to_string()},
                        {"join_timestamp", now_timestamp()},
                        {"flags", 0}};
}

std::optional<std::int64_t> archive_duration(FormErrors& errors, const json::object& body) {
    auto d = errors.integer(body, "auto_archive_duration", 60, 10080, false);
    if (d && std::find(archive_durations.begin(), archive_durations.end(), *d) ==
                 archive_durations.end()) {
        errors.add("auto_archive_duration", "BASE_TYPE_CHOICES",
                   "Value must be one of {60, 1440, 4320, 10080}.");
        return std::nullopt;
    }
    return d;
}

/// A new thread channel under `parent`, with the bot as its first member.
json::object& create_thread(Call& call, const json::object& parent, Snowflake id, int type,
                            const json::object& body) {
    FormErrors errors;
    auto name = errors.string(body, "name", 1, 100, true);
    auto duration = archive_duration(errors, body);
    auto slowmode = errors.integer(body, "rate_limit_per_user", 0, 21600, false);
    auto invitable = errors.boolean(body, "invitable");
    errors.raise_if_any();
    World& world = call.world();
    const std::string now = now_timestamp();
    json::object thread{
        {"id", id.to_string()},
        {"type", type},
        {"guild_id", parent.at("guild_id")},
        {"parent_id", parent.at("id")},
        {"owner_id", world.bot_id().to_string()},
        {"name", *name},
        {"last_message_id", nullptr},
        {"message_count", 0},
        {"member_count", 1},
        {"total_message_sent", 0},
        {"rate_limit_per_user", slowmode.value_or(0)},
        {"flags", 0},
        {"thread_metadata",
         json::object{
             {"archived", false},
             {"auto_archive_duration",
              duration.value_or(
                  parent.contains("default_auto_archive_duration")
                      ? parent.at("default_auto_archive_duration").to_number<std::int64_t>()
                      : 4320)},
             {"archive_timestamp", now},
             {"locked", false},
             {"create_timestamp", now}}},
    };
    if (type == 12) thread["thread_metadata"].as_object()["invitable"] = invitable.value_or(true);
    if (const auto* tags = body.if_contains("applied_tags"); tags && tags->is_array()) {
        thread["applied_tags"] = *tags;
    }
    json::object& stored = world.add_channel(std::move(thread));
    json::object entry = member_entry(id, world.bot_id());
    thread_members(world, id)[world.bot_id()] = entry;
    return stored;
}

void announce_thread_create(Call& call, const json::object& thread) {
    json::object data = thread;
    data["newly_created"] = true;
    data["member"] = thread_members(call.world(), Snowflake::parse(thread.at("id").as_string()))
                         .at(call.world().bot_id());
    call.emit("THREAD_CREATE", std::move(data), guild_of(thread), fi::guilds);
}

json::object& thread_or_error(Call& call) {
    json::object& channel = channel_or_404(call);
    if (!is_thread(channel))
        throw ApiError(400, 50024, "Cannot execute action on this channel type");
    return channel;
}

void update_member_count(World& world, json::object& thread) {
    thread["member_count"] =
        thread_members(world, Snowflake::parse(thread.at("id").as_string())).size();
}

void announce_members(Call& call, const json::object& thread, json::array added,
                      json::array removed) {
    json::object data{{"id", thread.at("id")},
                      {"guild_id", thread.at("guild_id")},
                      {"member_count", thread.at("member_count")}};
    if (!added.empty()) data["added_members"] = std::move(added);
    if (!removed.empty()) data["removed_member_ids"] = std::move(removed);
    call.emit("THREAD_MEMBERS_UPDATE", std::move(data), guild_of(thread), fi::guild_members);
}

Response add_member(Call& call, Snowflake user) {
    json::object& thread = thread_or_error(call);
    if (thread.at("thread_metadata").at("archived").as_bool()) {
        throw ApiError(400, 50083, "Thread is archived");
    }
    World& world = call.world();
    const Snowflake guild = *guild_of(thread);
    if (!world.member(guild, user)) throw api_errors::unknown_member();
    const Snowflake thread_id = Snowflake::parse(thread.at("id").as_string());
    auto& members = thread_members(world, thread_id);
    if (members.contains(user)) return Response::no_content();
    json::object entry = member_entry(thread_id, user);
    members[user] = entry;
    update_member_count(world, thread);
    json::object added = entry;
    if (const auto* m = world.member(guild, user)) added["member"] = *m;
    if (user == world.bot_id()) {
        json::object self = entry;
        self["guild_id"] = guild.to_string();
        call.emit("THREAD_MEMBER_UPDATE", std::move(self), guild, fi::guilds);
    }
    announce_members(call, thread, json::array{std::move(added)}, {});
    return Response::no_content();
}

Response remove_member(Call& call, Snowflake user) {
    json::object& thread = thread_or_error(call);
    if (thread.at("thread_metadata").at("archived").as_bool()) {
        throw ApiError(400, 50083, "Thread is archived");
    }
    World& world = call.world();
    auto& members = thread_members(world, Snowflake::parse(thread.at("id").as_string()));
    if (members.erase(user) == 0) throw api_errors::unknown_member();
    update_member_count(world, thread);
    announce_members(call, thread, {}, json::array{json::value(user.to_string())});
    return Response::no_content();
}

json::object member_view(Call& call, const json::object& entry, Snowflake guild) {
    json::object out = entry;
    if (call.query_bool("with_member")) {
        if (const auto* m =
                call.world().member(guild, Snowflake::parse(entry.at("user_id").as_string()))) {
            out["member"] = *m;
        }
    }
    return out;
}

/// Threads under `parent` for an archived list, newest archive first.
Response archived_list(Call& call, bool want_private, bool joined_only) {
    const json::object& parent = channel_or_404(call);
    World& world = call.world();
    const auto type = channel_type(parent);
    if (type != 0 && type != 5 && type != 15 && type != 16) {
        throw ApiError(400, 50024, "Cannot execute action on this channel type");
    }
    const auto limit = static_cast<std::size_t>(call.query_int("limit", 2, 100, 50));
    const auto before_text = call.query("before");
    std::optional<Snowflake> before_id;
    if (joined_only) before_id = call.query_id("before");
    const auto guild = guild_of(parent);
    std::vector<const json::object*> found;
    for (const auto* ch : world.threads(*guild)) {
        if (ch->at("parent_id") != parent.at("id")) continue;
        if (!ch->at("thread_metadata").at("archived").as_bool()) continue;
        if ((channel_type(*ch) == 12) != want_private) continue;
        const Snowflake id = Snowflake::parse(ch->at("id").as_string());
        if (joined_only && !thread_members(world, id).contains(world.bot_id())) continue;
        if (joined_only && before_id && id >= *before_id) continue;
        if (!joined_only && before_text &&
            ch->at("thread_metadata").at("archive_timestamp").as_string() >= *before_text) {
            continue;
        }
        found.push_back(ch);
    }
    std::sort(found.begin(), found.end(),
              [joined_only](const json::object* a, const json::object* b) {
                  if (joined_only) {
                      return Snowflake::parse(a->at("id").as_string()) >
                             Snowflake::parse(b->at("id").as_string());
                  }
                  const auto& ta = a->at("thread_metadata").at("archive_timestamp").as_string();
                  const auto& tb = b->at("thread_metadata").at("archive_timestamp").as_string();
                  if (ta != tb) return ta > tb;
                  return Snowflake::parse(a->at("id").as_string()) >
                         Snowflake::parse(b->at("id").as_string());
              });
    json::array threads;
    json::array members;
    for (std::size_t i = 0; i < found.size() && i < limit; ++i) {
        threads.push_back(*found[i]);
        const Snowflake id = Snowflake::parse(found[i]->at("id").as_string());
        auto& m = thread_members(world, id);
        if (auto it = m.find(world.bot_id()); it != m.end()) members.push_back(it->second);
    }
    return Response::json(200, json::object{{"threads", std::move(threads)},
                                            {"members", std::move(members)},
                                            {"has_more", found.size() > limit}});
}

}  // namespace

void apply_thread_fields(Call& call, const json::object& body, json::object& thread) {
    FormErrors errors;
    auto archived = errors.boolean(body, "archived");
    auto locked = errors.boolean(body, "locked");
    auto invitable = errors.boolean(body, "invitable");
    auto duration = archive_duration(errors, body);
    errors.raise_if_any();
    json::object& meta = thread["thread_metadata"].as_object();
    if (meta.at("archived").as_bool() && archived.value_or(true)) {
        // Discord refuses edits to an archived thread unless they unarchive it.
        if (!body.empty()) throw ApiError(400, 50083, "Thread is archived");
    }
    if (archived) {
        if (*archived != meta.at("archived").as_bool()) meta["archive_timestamp"] = now_timestamp();
        meta["archived"] = *archived;
    }
    if (locked) meta["locked"] = *locked;
    if (invitable && channel_type(thread) == 12) meta["invitable"] = *invitable;
    if (duration) meta["auto_archive_duration"] = *duration;
    (void)call;
}

void add_thread_routes(Router& router) {
    router.add(
        "POST", "/channels/{channel_id}/messages/{message_id}/threads", "threads", [](Call& call) {
            const json::object& parent = channel_or_404(call);
            const int type = channel_type(parent);
            if (type != 0 && type != 5) {
                throw ApiError(400, 50024, "Cannot execute action on this channel type");
            }
            const Snowflake channel = call.id("channel_id");
            const Snowflake message_id = call.id("message_id");
            json::object& message = message_or_404(call, channel, message_id);
            if (message.contains("thread") || call.world().channel(message_id)) {
                throw ApiError(400, 160004, "A thread has already been created for this message");
            }
            json::object& thread =
                create_thread(call, parent, message_id, type == 5 ? 10 : 11, call.body());
            message["thread"] = thread;
            message["flags"] = message.at("flags").to_number<std::int64_t>() | (1 << 5);
            announce_thread_create(call, thread);
            return Response::json(201, thread);
        });
    router.add("POST", "/channels/{channel_id}/threads", "threads", [](Call& call) {
        const json::object& parent = channel_or_404(call);
        const int type = channel_type(parent);
        World& world = call.world();
        const json::object& body = call.body();
        if (type == 15 || type == 16) {
            const auto* message = body.if_contains("message");
            if (!message || !message->is_object()) {
                raise_field_error("message", "BASE_TYPE_REQUIRED", "This field is required");
            }
            if (const auto* tags = body.if_contains("applied_tags"); tags && !tags->is_null()) {
                if (!tags->is_array())
                    raise_field_error("applied_tags", "BASE_TYPE_ARRAY", "Must be an array.");
            }
            const Snowflake id = world.next_id();
            json::object& thread = create_thread(call, parent, id, 11, body);
            // The starter message shares the thread's id, as on Discord.
            json::object first;
            try {
                first = create_message(call, id, message->get_object(), world.bot_user());
            } catch (...) {
                // A post whose message is refused leaves no thread behind.
                world.remove_channel(id);
                thread_members(world, id).clear();
                throw;
            }
            const Snowflake made = Snowflake::parse(first.at("id").as_string());
            world.remove_message(id, made);
            first["id"] = id.to_string();
            json::object& stored = world.add_message(id, std::move(first));
            thread["last_message_id"] = id.to_string();
            thread["message_count"] = 1;
            thread["total_message_sent"] = 1;
            announce_thread_create(call, thread);
            announce_message(call, "MESSAGE_CREATE", stored);
            json::object out = thread;
            out["message"] = stored;
            return Response::json(201, out);
        }
        if (type != 0 && type != 5) {
            throw ApiError(400, 50024, "Cannot execute action on this channel type");
        }
        FormErrors errors;
        auto requested = errors.integer(body, "type", 10, 12, false);
        errors.raise_if_any();
        // API v9 defaulted to private threads; v10 clients send the type.
        const int thread_type = static_cast<int>(requested.value_or(12));
        if ((type == 5) != (thread_type == 10)) {
            raise_field_error("type", "BASE_TYPE_CHOICES", "Invalid thread type for this channel.");
        }
        json::object& thread = create_thread(call, parent, world.next_id(), thread_type, body);
        announce_thread_create(call, thread);
        return Response::json(201, thread);
    });

    router.add("PUT", "/channels/{channel_id}/thread-members/@me", "thread_members",
               [](Call& call) { return add_member(call, call.world().bot_id()); });
    router.add("DELETE", "/channels/{channel_id}/thread-members/@me", "thread_members",
               [](Call& call) { return remove_member(call, call.world().bot_id()); });
    router.add("PUT", "/channels/{channel_id}/thread-members/{user_id}", "thread_members",
               [](Call& call) { return add_member(call, call.id("user_id")); });
    router.add("DELETE", "/channels/{channel_id}/thread-members/{user_id}", "thread_members",
               [](Call& call) { return remove_member(call, call.id("user_id")); });
    router.add("GET", "/channels/{channel_id}/thread-members/{user_id}", "", [](Call& call) {
        const json::object& thread = thread_or_error(call);
        auto& members = thread_members(call.world(), call.id("channel_id"));
        auto it = members.find(call.id("user_id"));
        if (it == members.end()) throw api_errors::unknown_member();
        return Response::json(200, member_view(call, it->second, *guild_of(thread)));
    });
    router.add("GET", "/channels/{channel_id}/thread-members", "", [](Call& call) {
        const json::object& thread = thread_or_error(call);
        const bool with_member = call.query_bool("with_member");
        // Discord pages only with_member; without it every member comes at once.
        const auto limit = with_member
                               ? static_cast<std::size_t>(call.query_int("limit", 1, 100, 100))
                               : std::numeric_limits<std::size_t>::max();
        const auto after = with_member ? call.query_id("after") : std::nullopt;
        json::array out;
        for (const auto& [user, entry] : thread_members(call.world(), call.id("channel_id"))) {
            if (after && user <= *after) continue;
            if (out.size() >= limit) break;
            out.push_back(member_view(call, entry, *guild_of(thread)));
        }
        return Response::json(200, out);
    });

    router.add("GET", "/guilds/{guild_id}/threads/active", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        json::array threads;
        json::array members;
        for (const auto* ch : world.threads(guild)) {
            if (ch->at("thread_metadata").at("archived").as_bool()) continue;
            threads.push_back(*ch);
            auto& m = thread_members(world, Snowflake::parse(ch->at("id").as_string()));
            if (auto it = m.find(world.bot_id()); it != m.end()) members.push_back(it->second);
        }
        return Response::json(
            200, json::object{{"threads", std::move(threads)}, {"members", std::move(members)}});
    });
    router.add("GET", "/channels/{channel_id}/threads/archived/public", "",
               [](Call& call) { return archived_list(call, false, false); });
    router.add("GET", "/channels/{channel_id}/threads/archived/private", "",
               [](Call& call) { return archived_list(call, true, false); });
    router.add("GET", "/channels/{channel_id}/users/@me/threads/archived/private", "",
               [](Call& call) { return archived_list(call, true, true); });
}

}  // namespace hikari::sandbox
