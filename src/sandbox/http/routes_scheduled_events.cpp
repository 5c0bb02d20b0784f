// Guild scheduled events (the world's "scheduled_events" store per guild) and their
// interested users ("scheduled_event_users" per event, filled through the control API).

#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/routes.hpp"

#include <hikari/core/time.hpp>

#include <boost/json/array.hpp>

namespace hikari::sandbox {

namespace json = boost::json;
namespace fi = feature_intents;

namespace {

json::object& event_or_404(Call& call, Snowflake guild) {
    auto& events = call.world().entities("scheduled_events", guild);
    auto it = events.find(call.id("event_id"));
    if (it == events.end()) raise_unknown(10070, "Unknown Guild Scheduled Event");
    return it->second;
}

std::map<Snowflake, json::object>& interested(World& world, Snowflake event) {
    return world.entities("scheduled_event_users", event);
}

/// A timestamp field; 50035 when malformed, and when `future` is set and it has passed.
std::optional<std::string> timestamp_field(FormErrors& errors, const json::object& body,
                                           std::string_view key, bool required, bool future) {
    const auto* v = body.if_contains(key);
    if (!v || v->is_null()) {
        if (required) errors.add(key, "BASE_TYPE_REQUIRED", "This field is required");
        return std::nullopt;
    }
    const auto parsed = v->is_string() ? try_parse_iso8601(v->get_string()) : std::nullopt;
    if (!parsed) {
        errors.add(key, "DATE_TIME_TYPE_PARSE", "Could not parse " + std::string(key) + ".");
        return std::nullopt;
    }
    // Compared in microseconds: nanoseconds overflow past the year 2262.
    const auto now =
        std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
    if (future && *parsed < now) {
        errors.add(key, "GUILD_SCHEDULED_EVENT_SCHEDULE_PAST",
                   "Cannot schedule event in the past.");
        return std::nullopt;
    }
    return format_iso8601(*parsed);
}

/// Checks the entity type against channel and metadata as the event would end up.
void check_entity(FormErrors& errors, World& world, Snowflake guild, const json::object& event) {
    const auto type = event.at("entity_type").to_number<int>();
    if (type == 3) {
        const auto& meta = event.at("entity_metadata");
        if (!meta.is_object() || !meta.as_object().contains("location")) {
            errors.add("entity_metadata.location", "BASE_TYPE_REQUIRED", "This field is required");
        }
        if (event.at("scheduled_end_time").is_null()) {
            errors.add("scheduled_end_time", "BASE_TYPE_REQUIRED", "This field is required");
        }
        return;
    }
    const auto& channel = event.at("channel_id");
    const auto id = channel.is_string() ? Snowflake::try_parse(channel.as_string()) : std::nullopt;
    const auto* ch = id ? world.channel(*id) : nullptr;
    const int wanted = type == 1 ? 13 : 2;
    if (!ch || world.guild_of_channel(*id) != guild || ch->at("type").to_number<int>() != wanted) {
        errors.add(
            "channel_id", "GUILD_SCHEDULED_EVENT_INVALID_CHANNEL",
            type == 1 ? "Channel must be a stage channel." : "Channel must be a voice channel.");
    }
}

/// Applies body fields to `event`; the checks that span fields run on the result.
void apply_fields(Call& call, Snowflake guild, const json::object& body, json::object& event,
                  bool creating) {
    if (!creating) {
        const auto current = event.at("status").to_number<int>();
        if (current == 3 || current == 4)
            throw ApiError(400, 180000, "Cannot update a finished event");
    }
    FormErrors errors;
    auto name = errors.string(body, "name", 1, 100, creating);
    auto description = errors.string(body, "description", 0, 1000, false);
    auto privacy = errors.integer(body, "privacy_level", 2, 2, creating);
    auto entity_type = errors.integer(body, "entity_type", 1, 3, creating);
    auto start = timestamp_field(errors, body, "scheduled_start_time", creating, true);
    auto end = timestamp_field(errors, body, "scheduled_end_time", false, true);
    auto status = errors.integer(body, "status", 1, 4, false);
    auto channel = errors.snowflake(body, "channel_id", false);
    std::optional<json::value> location;
    if (const auto* meta = body.if_contains("entity_metadata"); meta && !meta->is_null()) {
        if (!meta->is_object()) {
            errors.add("entity_metadata", "MODEL_TYPE_CONVERT",
                       "Only dictionaries may be used in a ModelType");
        } else if (auto l = errors.string(meta->get_object(), "location", 1, 100, false,
                                          "entity_metadata")) {
            location = json::value(*l);
        }
    }
    if (status && !creating) {
        // scheduled -> active or canceled; active -> completed; nothing after the end.
        const auto from = event.at("status").to_number<int>();
        const bool ok = (from == 1 && (*status == 2 || *status == 4)) ||
                        (from == 2 && *status == 3) || *status == from;
        if (!ok) {
            errors.add("status", "GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION",
                       "Invalid status transition.");
        }
    }
    errors.raise_if_any();
    if (name) event["name"] = *name;
    if (description) event["description"] = *description;
    if (body.contains("description") && body.at("description").is_null()) {
        event["description"] = nullptr;
    }
    if (privacy) event["privacy_level"] = *privacy;
    if (entity_type) event["entity_type"] = *entity_type;
    if (start) event["scheduled_start_time"] = *start;
    if (end) event["scheduled_end_time"] = *end;
    if (status) event["status"] = *status;
    if (body.contains("channel_id")) {
        event["channel_id"] = channel ? json::value(channel->to_string()) : json::value(nullptr);
    }
    if (location) event["entity_metadata"] = json::object{{"location", *location}};
    if (event.at("entity_type").to_number<int>() == 3) {
        event["channel_id"] = nullptr;
    } else {
        event["entity_metadata"] = nullptr;
    }
    if (const auto* image = body.if_contains("image")) {
        event["image"] = image->is_null() ? json::value(nullptr)
                                          : json::value("sbx" + call.world().next_id().to_string());
    }
    FormErrors combined;
    check_entity(combined, call.world(), guild, event);
    combined.raise_if_any();
}

json::object with_count(Call& call, const json::object& event) {
    json::object out = event;
    if (call.query_bool("with_user_count")) {
        out["user_count"] =
            interested(call.world(), Snowflake::parse(event.at("id").as_string())).size();
    }
    return out;
}

}  // namespace

void add_scheduled_event_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}/scheduled-events", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::array out;
        for (const auto& [id, e] : call.world().entities("scheduled_events", guild)) {
            out.push_back(with_count(call, e));
        }
        return Response::json(200, out);
    });
    router.add("GET", "/guilds/{guild_id}/scheduled-events/{event_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, with_count(call, event_or_404(call, guild)));
    });
    router.add("POST", "/guilds/{guild_id}/scheduled-events", "scheduled_events", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        const Snowflake id = world.next_id();
        json::object event{{"id", id.to_string()},
                           {"guild_id", guild.to_string()},
                           {"channel_id", nullptr},
                           {"creator_id", world.bot_id().to_string()},
                           {"name", ""},
                           {"description", nullptr},
                           {"scheduled_start_time", nullptr},
                           {"scheduled_end_time", nullptr},
                           {"privacy_level", 2},
                           {"status", 1},
                           {"entity_type", 2},
                           {"entity_id", nullptr},
                           {"entity_metadata", nullptr},
                           {"creator", world.bot_user()},
                           {"image", nullptr},
                           {"recurrence_rule", nullptr}};
        apply_fields(call, guild, call.body(), event, true);
        const json::object& stored = world.entities("scheduled_events", guild)[id] =
            std::move(event);
        call.emit("GUILD_SCHEDULED_EVENT_CREATE", stored, guild, fi::guild_scheduled_events);
        return Response::json(200, stored);
    });
    router.add("PATCH", "/guilds/{guild_id}/scheduled-events/{event_id}", "scheduled_events",
               [](Call& call) {
                   const Snowflake guild = guild_or_404(call);
                   json::object& event = event_or_404(call, guild);
                   json::object edited = event;
                   apply_fields(call, guild, call.body(), edited, false);
                   event = std::move(edited);
                   call.emit("GUILD_SCHEDULED_EVENT_UPDATE", event, guild,
                             fi::guild_scheduled_events);
                   return Response::json(200, event);
               });
    router.add("DELETE", "/guilds/{guild_id}/scheduled-events/{event_id}", "scheduled_events",
               [](Call& call) {
                   const Snowflake guild = guild_or_404(call);
                   const json::object event = event_or_404(call, guild);
                   call.world().entities("scheduled_events", guild).erase(call.id("event_id"));
                   interested(call.world(), call.id("event_id")).clear();
                   call.emit("GUILD_SCHEDULED_EVENT_DELETE", event, guild,
                             fi::guild_scheduled_events);
                   return Response::no_content();
               });
    router.add(
        "GET", "/guilds/{guild_id}/scheduled-events/{event_id}/users/counts", "", [](Call& call) {
            const Snowflake guild = guild_or_404(call);
            event_or_404(call, guild);
            const auto ids = call.query_all("guild_scheduled_event_exception_ids");
            if (ids.size() > 10) {
                raise_field_error("guild_scheduled_event_exception_ids", "BASE_TYPE_MAX_LENGTH",
                                  "Must be 10 or fewer in length.");
            }
            for (const auto& text : ids) {
                if (!Snowflake::try_parse(text)) {
                    raise_field_error("guild_scheduled_event_exception_ids", "NUMBER_TYPE_COERCE",
                                      "Value \"" + text + "\" is not snowflake.");
                }
            }
            // The sandbox has no recurring events, hence no exceptions to count.
            return Response::json(
                200, json::object{{"guild_scheduled_event_count",
                                   interested(call.world(), call.id("event_id")).size()},
                                  {"guild_scheduled_event_exception_counts", json::object{}}});
        });
    router.add("GET", "/guilds/{guild_id}/scheduled-events/{event_id}/users", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        event_or_404(call, guild);
        const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 100, 100));
        const auto before = call.query_id("before");
        const auto after = call.query_id("after");
        const bool with_member = call.query_bool("with_member");
        World& world = call.world();
        std::vector<const json::object*> picked;
        for (const auto& [user, entry] : interested(world, call.id("event_id"))) {
            if (before && user >= *before) continue;
            if (after && user <= *after) continue;
            picked.push_back(&entry);
        }
        // With only `before`, the page is the last `limit` users before it.
        std::size_t first = 0;
        if (before && !after && picked.size() > limit) first = picked.size() - limit;
        json::array out;
        for (std::size_t i = first; i < picked.size() && out.size() < limit; ++i) {
            json::object entry = *picked[i];
            const Snowflake user = Snowflake::parse(entry.at("user").at("id").as_string());
            if (with_member) {
                if (const auto* m = world.member(guild, user)) {
                    json::object member = *m;
                    member.erase("user");
                    entry["member"] = std::move(member);
                }
            }
            out.push_back(std::move(entry));
        }
        return Response::json(200, out);
    });
}

/// POST /_sandbox/scheduled-events/users {guild_id, event_id, user_id}: a member marks
/// interest, with GUILD_SCHEDULED_EVENT_USER_ADD.
Response control_add_event_user(Call& call) {
    World& world = call.world();
    FormErrors errors;
    const auto guild = errors.snowflake(call.body(), "guild_id", true);
    const auto event = errors.snowflake(call.body(), "event_id", true);
    const auto user = errors.snowflake(call.body(), "user_id", true);
    errors.raise_if_any();
    if (!world.guild(*guild)) throw api_errors::unknown_guild();
    if (!world.entities("scheduled_events", *guild).contains(*event)) {
        raise_unknown(10070, "Unknown Guild Scheduled Event");
    }
    const auto* u = world.user(*user);
    if (!u || !world.member(*guild, *user)) throw api_errors::unknown_member();
    interested(world, *event)[*user] =
        json::object{{"guild_scheduled_event_id", event->to_string()}, {"user", *u}};
    call.emit("GUILD_SCHEDULED_EVENT_USER_ADD",
              json::object{{"guild_scheduled_event_id", event->to_string()},
                           {"user_id", user->to_string()},
                           {"guild_id", guild->to_string()}},
              guild, fi::guild_scheduled_events);
    return Response::json(200, json::object{{"ok", true}});
}

}  // namespace hikari::sandbox
