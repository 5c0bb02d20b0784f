// Guild scheduled events (the world's "scheduled_events" store per guild), the exceptions of
// recurring ones ("scheduled_event_exceptions" per event: one occurrence moved or canceled) and
// their interested users ("scheduled_event_users" per event, filled through the control API).

#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/guild_permissions.hpp"
#include "sandbox/http/routes.hpp"

#include <hikari/core/time.hpp>

#include <boost/json/array.hpp>

namespace hikari::sandbox {

namespace json = boost::json;
namespace fi = feature_intents;

namespace {

constexpr std::uint64_t manage_events = 1ULL << 33;

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

/// A recurrence rule as Discord takes it: start, frequency 0-3 and interval >= 1 (the by_*
/// lists, end and count are kept as sent); stored with start normalised. Raises its own 50035.
std::optional<json::value> recurrence_field(const json::object& body) {
    const auto* v = body.if_contains("recurrence_rule");
    if (!v) return std::nullopt;
    if (v->is_null()) return json::value(nullptr);
    if (!v->is_object()) {
        raise_field_error("recurrence_rule", "MODEL_TYPE_CONVERT",
                          "Only dictionaries may be used in a ModelType");
    }
    const auto& rule = v->get_object();
    FormErrors errors;
    errors.integer(rule, "frequency", 0, 3, true, "recurrence_rule");
    errors.integer(rule, "interval", 1, 1000, true, "recurrence_rule");
    const auto* start = rule.if_contains("start");
    const auto parsed =
        start && start->is_string() ? try_parse_iso8601(start->get_string()) : std::nullopt;
    if (!parsed) {
        errors.add("recurrence_rule.start", "DATE_TIME_TYPE_PARSE", "Could not parse start.");
    }
    errors.raise_if_any();
    json::object out = rule;
    out["start"] = format_iso8601(*parsed);
    return json::value(std::move(out));
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
    if (auto rule = recurrence_field(body)) event["recurrence_rule"] = std::move(*rule);
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
    // A series starts with its first occurrence.
    if (const auto& rule = event.at("recurrence_rule");
        rule.is_object() && rule.at("start") != event.at("scheduled_start_time")) {
        combined.add("recurrence_rule.start", "GUILD_SCHEDULED_EVENT_RECURRENCE_RULE_START",
                     "The rule must start with the event.");
    }
    combined.raise_if_any();
}

std::map<Snowflake, json::object>& exceptions(World& world, Snowflake event) {
    return world.entities("scheduled_event_exceptions", event);
}

json::object& exception_or_404(Call& call, Snowflake event, const std::string& param) {
    auto& all = exceptions(call.world(), event);
    auto it = all.find(call.id(param));
    if (it == all.end()) raise_unknown(10070, "Unknown Guild Scheduled Event Exception");
    return it->second;
}

/// Whether `time` is an occurrence of the series `rule`: on or after its start (and before its
/// end), at its time of day, and for daily and weekly rules on a day the rule repeats.
bool is_occurrence(const json::object& rule, Timestamp time) {
    using std::chrono::days;
    const Timestamp start = parse_iso8601(rule.at("start").as_string());
    if (time < start) return false;
    if (const auto* end = rule.if_contains("end"); end && end->is_string()) {
        if (const auto until = try_parse_iso8601(end->get_string()); until && time > *until) {
            return false;
        }
    }
    const auto elapsed = time - start;
    if (elapsed % days(1) != decltype(elapsed){}) return false;  // another time of day
    const auto day_count = std::chrono::duration_cast<days>(elapsed).count();
    const auto interval = rule.at("interval").to_number<std::int64_t>();
    const auto frequency = rule.at("frequency").to_number<int>();
    if (frequency == 3) {  // daily, possibly only on some weekdays (0 = Monday)
        if (const auto* by = rule.if_contains("by_weekday"); by && by->is_array()) {
            const std::chrono::weekday wd{std::chrono::floor<days>(time)};
            const auto monday_based = static_cast<std::int64_t>((wd.c_encoding() + 6) % 7);
            for (const auto& d : by->get_array()) {
                if (d.is_int64() && d.get_int64() == monday_based) return true;
            }
            return false;
        }
        return day_count % interval == 0;
    }
    if (frequency == 2) return day_count % (7 * interval) == 0;  // weekly
    return true;  // monthly and yearly rules: the time of day is all the sandbox checks
}

/// The body fields an exception overrides; 50035 on bad times or an end before the start.
void apply_exception(const json::object& body, json::object& exception) {
    FormErrors errors;
    for (const char* key : {"scheduled_start_time", "scheduled_end_time"}) {
        const auto* v = body.if_contains(key);
        if (!v) continue;
        if (v->is_null()) {
            exception[key] = nullptr;
        } else if (auto t = timestamp_field(errors, body, key, false, true)) {
            exception[key] = *t;
        }
    }
    if (const auto* v = body.if_contains("is_canceled")) {
        if (v->is_null()) {
            exception["is_canceled"] = false;
        } else if (auto b = errors.boolean(body, "is_canceled")) {
            exception["is_canceled"] = *b;
        }
    }
    errors.raise_if_any();
    const auto& start = exception.at("scheduled_start_time");
    const auto& end = exception.at("scheduled_end_time");
    if (start.is_string() && end.is_string() &&
        parse_iso8601(end.get_string()) <= parse_iso8601(start.get_string())) {
        raise_field_error("scheduled_end_time", "GUILD_SCHEDULED_EVENT_END_BEFORE_START",
                          "The end must come after the start.");
    }
}

Response create_exception(Call& call) {
    const Snowflake guild = guild_or_404(call);
    const json::object& event = event_or_404(call, guild);
    require_bot_permission(call, guild, manage_events);
    const auto& body = call.body();
    FormErrors errors;
    const auto original =
        timestamp_field(errors, body, "original_scheduled_start_time", true, true);
    errors.raise_if_any();
    const auto& rule = event.at("recurrence_rule");
    if (!rule.is_object()) {
        raise_field_error("original_scheduled_start_time", "GUILD_SCHEDULED_EVENT_NOT_RECURRING",
                          "Only a recurring event has exceptions.");
    }
    const Timestamp when = parse_iso8601(*original);
    if (!is_occurrence(rule.get_object(), when)) {
        raise_field_error("original_scheduled_start_time",
                          "GUILD_SCHEDULED_EVENT_EXCEPTION_INVALID_OCCURRENCE",
                          "No occurrence of the event starts at this time.");
    }
    // Discord names an exception by the snowflake of the occurrence's original start.
    const Snowflake id =
        Snowflake::min_for(std::chrono::time_point_cast<std::chrono::milliseconds>(when));
    const Snowflake event_id = call.id("event_id");
    auto& all = exceptions(call.world(), event_id);
    if (all.contains(id)) {
        raise_field_error("original_scheduled_start_time",
                          "GUILD_SCHEDULED_EVENT_EXCEPTION_ALREADY_EXISTS",
                          "This occurrence already has an exception.");
    }
    json::object exception{{"event_id", event_id.to_string()},
                           {"event_exception_id", id.to_string()},
                           {"scheduled_start_time", nullptr},
                           {"scheduled_end_time", nullptr},
                           {"is_canceled", false}};
    apply_exception(body, exception);
    const json::object& stored = all[id] = std::move(exception);
    call.emit("GUILD_SCHEDULED_EVENT_EXCEPTION_CREATE", stored, guild, fi::guild_scheduled_events);
    return Response::json(200, stored);
}

json::object with_count(Call& call, const json::object& event) {
    json::object out = event;
    if (call.query_bool("with_user_count")) {
        out["user_count"] =
            interested(call.world(), Snowflake::parse(event.at("id").as_string())).size();
    }
    return out;
}

/// GET .../users, or with `exception` one occurrence's: its series' users (none once the
/// occurrence is canceled), each tagged with the exception's id.
Response list_users(Call& call, bool exception) {
    const Snowflake guild = guild_or_404(call);
    event_or_404(call, guild);
    std::optional<Snowflake> exception_id;
    bool canceled = false;
    if (exception) {
        const json::object& e = exception_or_404(call, call.id("event_id"), "exception_id");
        exception_id = call.id("exception_id");
        canceled = e.at("is_canceled").as_bool();
    }
    const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 100, 100));
    const auto before = call.query_id("before");
    const auto after = call.query_id("after");
    const bool with_member = call.query_bool("with_member");
    World& world = call.world();
    std::vector<const json::object*> picked;
    for (const auto& [user, entry] : interested(world, call.id("event_id"))) {
        if (before && user >= *before) continue;
        if (after && user <= *after) continue;
        if (canceled) break;
        picked.push_back(&entry);
    }
    // With only `before`, the page is the last `limit` users before it.
    std::size_t first = 0;
    if (before && !after && picked.size() > limit) first = picked.size() - limit;
    json::array out;
    for (std::size_t i = first; i < picked.size() && out.size() < limit; ++i) {
        json::object entry = *picked[i];
        if (exception_id) entry["guild_scheduled_event_exception_id"] = exception_id->to_string();
        const Snowflake user = Snowflake::parse(entry.at("user").at("id").as_string());
        entry["user_id"] = user.to_string();
        entry["response"] = 1;  // INTERESTED
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
                   exceptions(call.world(), call.id("event_id")).clear();
                   call.emit("GUILD_SCHEDULED_EVENT_DELETE", event, guild,
                             fi::guild_scheduled_events);
                   return Response::no_content();
               });
    const std::string exception_path =
        "/guilds/{guild_id}/scheduled-events/{event_id}/exceptions/{exception_id}";
    router.add("POST", "/guilds/{guild_id}/scheduled-events/{event_id}/exceptions",
               "scheduled_events", create_exception);
    router.add("PATCH", exception_path, "scheduled_events", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        event_or_404(call, guild);
        json::object& exception = exception_or_404(call, call.id("event_id"), "exception_id");
        require_bot_permission(call, guild, manage_events);
        json::object edited = exception;
        apply_exception(call.body(), edited);
        exception = std::move(edited);
        call.emit("GUILD_SCHEDULED_EVENT_EXCEPTION_UPDATE", exception, guild,
                  fi::guild_scheduled_events);
        return Response::json(200, exception);
    });
    router.add("DELETE", exception_path, "scheduled_events", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        event_or_404(call, guild);
        const json::object exception = exception_or_404(call, call.id("event_id"), "exception_id");
        require_bot_permission(call, guild, manage_events);
        exceptions(call.world(), call.id("event_id")).erase(call.id("exception_id"));
        call.emit("GUILD_SCHEDULED_EVENT_EXCEPTION_DELETE", exception, guild,
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
            // Every interested user of the series counts for each of its occurrences that is
            // not canceled; ids that are no exception of the event are left out.
            const auto users = interested(call.world(), call.id("event_id")).size();
            const auto& known = exceptions(call.world(), call.id("event_id"));
            json::object per_exception;
            for (const auto& text : ids) {
                const auto it = known.find(Snowflake::parse(text));
                if (it == known.end()) continue;
                per_exception[text] = it->second.at("is_canceled").as_bool() ? 0 : users;
            }
            return Response::json(
                200, json::object{{"guild_scheduled_event_count", users},
                                  {"guild_scheduled_event_exception_counts", per_exception}});
        });
    router.add("GET", "/guilds/{guild_id}/scheduled-events/{event_id}/users", "",
               [](Call& call) { return list_users(call, false); });
    router.add("GET", "/guilds/{guild_id}/scheduled-events/{event_id}/{exception_id}/users", "",
               [](Call& call) { return list_users(call, true); });
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
